import type { TokenCount } from '../../models/tokens/measure';

const BAR = 22;
const LABEL = 110;
const WIDTH = 520;

/** Tokens per 1,000 characters for each tokenizer, as horizontal bars (drawn as SVG: six bars need no chart library). */
export function RatioChart({ title, results }: { title: string; results: readonly TokenCount[] }) {
  const max = Math.max(1, ...results.map((r) => r.tokens_per_1k_chars ?? 0));
  const height = results.length * BAR + 28;
  return (
    <figure className="lab-chart">
      <figcaption>{title}</figcaption>
      <svg role="img" aria-label={title} width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`}>
        {results.map((r, i) => {
          const value = r.tokens_per_1k_chars ?? 0;
          const width = ((WIDTH - LABEL - 60) * value) / max;
          const y = i * BAR + 4;
          return (
            <g key={r.tokenizer}>
              <text x={LABEL - 6} y={y + 14} textAnchor="end" fontSize="12">{r.tokenizer}</text>
              <rect x={LABEL} y={y} width={width} height={BAR - 6} fill={['#0072B2', '#56B4E9', '#E69F00', '#009E73', '#CC79A7', '#D55E00'][i % 6]} rx="2" />
              <text x={LABEL + width + 4} y={y + 14} fontSize="12">{Math.round(value)}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
