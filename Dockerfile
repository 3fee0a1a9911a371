# syntax=docker/dockerfile:1
# Uthiek Bot: a production image. Build stage compiles TypeScript (dev dependencies); the runtime
# stage has only the production dependencies and the compiled bot, and runs it with plain Node
# as a non-root user. DATA_DIR is a volume: mount persistent storage there (an Azure Files share
# on App Service), and run ONE container per data directory (the store refuses a second one).
#
#   docker build -t uthiek-bot .
#   docker run --env-file .env -p 3978:3978 -v uthiek-data:/data uthiek-bot

ARG NODE_VERSION=22

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
COPY cards ./cards
RUN npm run build

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3978 \
    DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
# no install scripts: the only ones left are an optional native DTrace probe and a clean-up that needs rimraf
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# the data directory belongs to the unprivileged "node" user of the base image (0700, as the store wants)
RUN mkdir -p /data && chown node:node /data && chmod 0700 /data
USER node
VOLUME ["/data"]
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM reaches node directly (exec form, no shell): the bot finishes its turns and closes the store
STOPSIGNAL SIGTERM
# the V8 options of start:prod (PRODUCTION_NODE_OPTIONS in scripts/build.ts): a small young generation
CMD ["node", "--max-semi-space-size=4", "dist/src/index.js"]
