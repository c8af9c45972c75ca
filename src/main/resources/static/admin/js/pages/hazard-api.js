// Counts for the home page from the hazard module; null while the service has no hazard endpoints.
import { get } from '../api.js';

export async function hazardCounts() {
  try {
    const [pending, overdue] = await Promise.all([
      get('/hazard/reports?state=PENDING&page=1&size=1'),
      get('/hazard/reports?overdue=true&page=1&size=1'),
    ]);
    return { pending: pending.total, overdue: overdue.total };
  } catch (e) {
    if (e.status === 404) return null;
    throw e;
  }
}
