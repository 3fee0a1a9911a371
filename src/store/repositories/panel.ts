import type { PanelMember } from '../../domain/schedule/panel.js';
import type { Store } from '../store.js';

/** The external advisory panel (klankbordgroep). */
export class Panel {
  constructor(private readonly store: Store) {}

  get(id: string): PanelMember | undefined {
    return this.store.get('panel', id);
  }

  all(): PanelMember[] {
    return this.store.all('panel');
  }

  /** Saves a member, with an audit event naming who did it. */
  async save(member: PanelMember, actor: string): Promise<void> {
    await this.store.transact((tx) => {
      tx.put('panel', member);
      tx.record({ type: 'panel.saved', actor, data: { memberId: member.id, active: member.active } });
    });
  }
}
