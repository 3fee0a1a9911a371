import type { StaffAvailability } from '../../domain/schedule/panel.js';
import type { Store } from '../store.js';

/** When colleagues (case handlers, project leads) said they can meet. */
export class Availability {
  constructor(private readonly store: Store) {}

  get(aadObjectId: string): StaffAvailability | undefined {
    return this.store.get('staff', aadObjectId);
  }

  async save(availability: StaffAvailability): Promise<void> {
    await this.store.transact((tx) => tx.put('staff', { id: availability.aadObjectId, ...availability }));
  }
}
