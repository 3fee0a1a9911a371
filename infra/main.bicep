// Uthiek Bot on Azure: one App Service instance (Linux, Node), its data directory on an Azure
// Files share, an Azure Bot with the Teams channel, Key Vault for the client secret, and logs in
// Log Analytics (with Application Insights on the same workspace). docs/deploy.md walks through it.
//
//   az deployment group create -g <resource group> -f infra/main.bicep -p infra/main.parameters.json
//
// ONE instance, always: the store allows one process per data directory (a second one refuses
// to start), so the plan has capacity 1 and no autoscale. Scale up (a bigger SKU), never out.

targetScope = 'resourceGroup'

@description('Short name used in every resource name, lower case letters and digits (e.g. uthiek).')
@minLength(3)
@maxLength(12)
param name string = 'uthiek'

@description('Azure region of the resources (the Azure Bot itself is global).')
param location string = resourceGroup().location

@description('SingleTenant: an Entra app registration with a client secret. UserAssignedMSI: a managed identity made here, no secret.')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param botAppType string = 'SingleTenant'

@description('SingleTenant only: the application (client) id of the bot\'s Entra app registration.')
param botAppId string = ''

@description('SingleTenant only: the client secret of that registration; stored in Key Vault, never in app settings.')
@secure()
param botAppPassword string = ''

@description('Tenants whose people may use the bot (comma-separated); default: this tenant only.')
param allowedTenantIds string = tenant().tenantId

@description('Node.js on App Service (Linux): NODE|20-lts, NODE|22-lts or NODE|24-lts.')
@allowed([
  'NODE|20-lts'
  'NODE|22-lts'
  'NODE|24-lts'
])
param nodeVersion string = 'NODE|22-lts'

@description('App Service plan SKU; Basic or higher (Always On needs it).')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param planSku string = 'B1'

@description('Teams id of the Team Uthiek team (19:...@thread.tacv2); can be set after the app is installed.')
param uthiekTeamId string = ''

@description('Channel for new cases (default: the team\'s General channel).')
param uthiekChannelId string = ''

@description('Comma-separated AAD object ids of Uthiek members, besides the team\'s members.')
param uthiekMemberIds string = ''

@description('Days of logs kept in Log Analytics.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 90

var suffix = uniqueString(resourceGroup().id, name)
var siteName = '${name}-bot-${suffix}'
var dataMountPath = '/data'
var shareName = 'uthiek-data'
var usesMsi = botAppType == 'UserAssignedMSI'
var secretName = 'MicrosoftAppPassword'

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs-${suffix}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableIpMasking: false
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('${name}data${suffix}', 24)
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: true // App Service mounts Azure Files with the account key
  }
}

resource fileService 'Microsoft.Storage/storageAccounts/fileServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    shareDeleteRetentionPolicy: {
      enabled: true
      days: 14
    }
  }
}

resource share 'Microsoft.Storage/storageAccounts/fileServices/shares@2023-05-01' = {
  parent: fileService
  name: shareName
  properties: {
    shareQuota: 10
    enabledProtocols: 'SMB'
  }
}

resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (usesMsi) {
  name: '${name}-bot-identity-${suffix}'
  location: location
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: {
    name: planSku
    capacity: 1 // one instance: never more (see the top of this file)
  }
  properties: {
    reserved: true
    elasticScaleEnabled: false
    maximumElasticWorkerCount: 1
  }
}

var appId = usesMsi ? botIdentity.properties.clientId : botAppId

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = if (!usesMsi) {
  name: take('${name}-kv-${suffix}', 24)
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
    softDeleteRetentionInDays: 90
  }
}

resource appPassword 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!usesMsi) {
  parent: vault
  name: secretName
  properties: {
    value: botAppPassword
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: siteName
  location: location
  kind: 'app,linux'
  identity: usesMsi
    ? {
        type: 'SystemAssigned, UserAssigned'
        userAssignedIdentities: {
          '${botIdentity.id}': {}
        }
      }
    : {
        type: 'SystemAssigned'
      }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: nodeVersion
      appCommandLine: 'node --max-semi-space-size=4 dist/src/index.js'
      alwaysOn: true
      numberOfWorkers: 1
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

// The bot's configuration (README.md, "Configuration"; .env.example lists every variable).
resource settings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: site
  name: 'appsettings'
  properties: union(
    {
      DATA_DIR: dataMountPath
      PUBLIC_URL: 'https://${site.properties.defaultHostName}'
      MicrosoftAppType: botAppType
      MicrosoftAppId: appId
      MicrosoftAppTenantId: tenant().tenantId
      ALLOWED_TENANT_IDS: allowedTenantIds
      UTHIEK_TEAM_ID: uthiekTeamId
      UTHIEK_CHANNEL_ID: uthiekChannelId
      UTHIEK_MEMBER_IDS: uthiekMemberIds
      STORE_FSYNC: 'true'
      SHUTDOWN_TIMEOUT_SECONDS: '25'
      LOG_LEVEL: 'info'
      APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
      // the package is built before deployment (npm run build); App Service only runs it
      SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
      WEBSITE_RUN_FROM_PACKAGE: '1'
    },
    usesMsi ? {} : { MicrosoftAppPassword: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=${secretName})' }
  )
  dependsOn: [
    secretReader
  ]
}

// The data directory: the Azure Files share, mounted where DATA_DIR points.
resource dataMount 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: site
  name: 'azurestorageaccounts'
  properties: {
    data: {
      type: 'AzureFiles'
      accountName: storage.name
      shareName: share.name
      mountPath: dataMountPath
      accessKey: storage.listKeys().keys[0].value
    }
  }
}

// The web app may read the client secret (Key Vault Secrets User).
resource secretReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!usesMsi) {
  name: guid(vault.id, site.id, '4633458b-17de-408a-b874-0445c86b69e6')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// Log shipping: the bot's JSON log lines (stdout) and the platform's logs go to Log Analytics.
resource siteLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: logs.id
    logs: [
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceAppLogs', enabled: true }
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServicePlatformLogs', enabled: true }
    ]
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'S1'
  }
  properties: {
    displayName: 'Uthiek Bot'
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppType: botAppType
    msaAppId: appId
    msaAppTenantId: tenant().tenantId
    msaAppMSIResourceId: usesMsi ? botIdentity.id : null
    developerAppInsightsApplicationId: insights.properties.AppId
    disableLocalAuth: false
    isStreamingSupported: false
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

output siteName string = site.name
output publicUrl string = 'https://${site.properties.defaultHostName}'
output messagingEndpoint string = bot.properties.endpoint
output botAppId string = appId
output logAnalyticsWorkspace string = logs.name
