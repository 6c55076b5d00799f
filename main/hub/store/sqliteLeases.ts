// The number_leases SQL of the queue store: blocks of offline numbers granted to kiosks, written once.
import type Database from 'better-sqlite3';
import type { LeaseRecord, QueueTx } from './queueStore.js';

interface LeaseRow {
  id: string;
  device_id: string;
  service_day: string;
  queue_id: string;
  first: number;
  last: number;
  request_id: string;
  granted_at: string;
}

const toLease = (row: LeaseRow): LeaseRecord => ({
  id: row.id,
  deviceId: row.device_id,
  serviceDay: row.service_day,
  queueId: row.queue_id,
  first: row.first,
  last: row.last,
  requestId: row.request_id,
  grantedAt: row.granted_at,
});

type LeaseMethods = Pick<
  QueueTx,
  'findLease' | 'findLeaseByRequest' | 'leasesOfDevice' | 'lastLeasedNumber' | 'insertLease'
>;

export function createSqliteLeases(db: Database.Database): LeaseMethods {
  const sql = {
    byId: db.prepare('SELECT * FROM number_leases WHERE id = ?'),
    byRequest: db.prepare('SELECT * FROM number_leases WHERE request_id = ?'),
    ofDevice: db.prepare(
      'SELECT * FROM number_leases WHERE device_id = ? AND service_day = ? ORDER BY granted_at, first',
    ),
    lastLeased: db.prepare(
      'SELECT MAX(last) AS last FROM number_leases WHERE service_day = ? AND queue_id = ?',
    ),
    insert: db.prepare(
      `INSERT INTO number_leases (id, device_id, service_day, queue_id, first, last, request_id, granted_at)
       VALUES (@id, @deviceId, @serviceDay, @queueId, @first, @last, @requestId, @grantedAt)`,
    ),
  };
  const one = (row: unknown) => (row === undefined ? undefined : toLease(row as LeaseRow));
  return {
    findLease: (id) => one(sql.byId.get(id)),
    findLeaseByRequest: (requestId) => one(sql.byRequest.get(requestId)),
    leasesOfDevice: (deviceId, serviceDay) =>
      (sql.ofDevice.all(deviceId, serviceDay) as LeaseRow[]).map(toLease),
    lastLeasedNumber: (serviceDay, queueId) =>
      (sql.lastLeased.get(serviceDay, queueId) as { last: number | null }).last ?? 0,
    insertLease: (lease) => {
      sql.insert.run(lease);
    },
  };
}
