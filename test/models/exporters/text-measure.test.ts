import { describe, expect, it } from 'vitest';
import { measureExportText } from '../../../models/exporters/text-measure';

describe('measuring text for exported charts', () => {
  it('measures Latin text about as wide as DejaVu Sans draws it', () => {
    // DejaVu Sans at 12 px draws "Cumulative saving of the tuned model" about 240 px wide.
    expect(measureExportText('Cumulative saving of the tuned model', '12px sans-serif').width).toBeGreaterThan(220);
  });

  it('measures Chinese characters a full em each', () => {
    expect(measureExportText('微调成本', 'normal 14px Noto Sans Hans').width).toBe(56);
  });
});
