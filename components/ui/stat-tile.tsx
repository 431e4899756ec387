import { Card, Metric, Text } from '@tremor/react';

/** One total on the overview: a label over a large number. */
export function StatTile({ label, value, tone = 'default' }: { label: string; value: number | string; tone?: 'default' | 'alert' }) {
  return (
    <Card className="p-4" decoration={tone === 'alert' ? 'left' : undefined} decorationColor="rose">
      <Text>{label}</Text>
      <Metric className="mt-1" data-testid={`total-${label.toLowerCase().replace(/[^a-z]+/g, '-')}`}>
        {value}
      </Metric>
    </Card>
  );
}
