import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { IngestMemory, type MetricRows } from '../../lib/ingest/memory';
import type { SpreadFigure } from '../../lib/spread/types';

const rows = (n: number): MetricRows => ({
  rows: Array.from({ length: n }, (_, i) => ({ id: i, sourceId: 1 }) as SpreadFigure),
  latestPublishedAt: null,
  latestRetrievedAt: null,
  titles: new Set(),
});

describe('the ingest memory', () => {
  test('keeps at most its limit of metric rows, forgetting the metrics used longest ago', () => {
    const memory = new IngestMemory({ features: 10, metricRows: 100 });
    for (let id = 1; id <= 5; id++) memory.setMetric(id, rows(30));
    assert.ok(memory.metricRowCount <= 100);
    assert.deepEqual([...memory.metrics.keys()], [3, 4, 5], 'the three newest fit');
  });

  test('counts a metric taken out, grown and put back by its new size', () => {
    const memory = new IngestMemory({ features: 10, metricRows: 100 });
    memory.setMetric(1, rows(40));
    memory.setMetric(2, rows(40));
    const taken = memory.takeMetric(1)!;
    assert.equal(memory.metricRowCount, 40);
    taken.rows.push(...rows(20).rows);
    memory.setMetric(1, taken);
    assert.equal(memory.metricRowCount, 100);
    memory.setMetric(3, rows(10));
    assert.deepEqual([...memory.metrics.keys()], [1, 3], 'metric 2, used longest ago, goes first');
    assert.equal(memory.metricRowCount, 70);
  });

  test('forgets everything when cleared', () => {
    const memory = new IngestMemory();
    memory.setMetric(1, rows(5));
    memory.setBucket('b', { metrics: new Map(), loose: [] });
    memory.clear();
    assert.equal(memory.metrics.size + memory.buckets.size + memory.features.size, 0);
    assert.equal(memory.metricRowCount, 0);
  });
});
