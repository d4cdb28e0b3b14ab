/**
 * An independent implementation of ../shared/model-spec.md (v2) in plain
 * TypeScript, written from the spec's text, to check the template (which is
 * only cells and formulas) against. Loops and arrays, no formula engine.
 */

export interface SpecInputs {
  calendar: { horizon_months: number; days_per_month: number; hours_per_month: number };
  traffic: { requests_per_day: number; monthly_growth: number; cache_hit_rate: number; batch_share: number; peak_to_average: number };
  languages: Record<string, { share: number; tokens_per_unit: number; input_units: number; output_units: number }>;
  prompt: { system_tokens: number; context_tokens: number; history_tokens: number; cached_share: number; calls_per_request: number };
  models: Record<string, { input_per_m: number; output_per_m: number; cached_per_m: number; batch_discount: number; traffic_share: number }>;
  selfhost: {
    gpu_hourly: number; tokens_per_sec_per_gpu: number; target_utilization: number; min_gpus: number; ops_monthly: number;
    purchase_price_per_gpu: number; depreciation_months: number; power_kw_per_gpu: number; pue: number; kwh_price: number; colo_monthly_per_gpu: number;
  };
  ft: {
    train_examples: number; tokens_per_example: number; epochs: number; train_price_per_m: number; retry_multiplier: number; gpu_hours: number;
    base_input_per_m: number; base_output_per_m: number; tuned_input_per_m: number; tuned_output_per_m: number;
    replaced_share: number; data_prep_once: number;
  };
  biz: {
    revenue_per_request: number; value_monthly: number; engineering_once: number; infra_setup_once: number; storage_monthly: number;
    monitoring_monthly: number; compliance_monthly: number; personnel_monthly: number; annual_price_decline: number;
  };
  deploy: { mode: 'api' | 'cloud' | 'onprem' };
  /** v2 month overrides of the requests series: month number → requests that month. */
  requestOverrides?: Record<number, number>;
}

/** The spec's outputs; null is "none". */
export type SpecOutputs = Record<string, number | null>;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const cumsum = (xs: number[]) => xs.map((_, i) => sum(xs.slice(0, i + 1)));
const firstMonth = (flags: boolean[]) => {
  const i = flags.indexOf(true);
  return i < 0 ? null : i + 1;
};

/** Computes every `out.*` of the spec. */
export function specModel(x: SpecInputs): SpecOutputs {
  const H = x.calendar.horizon_months;
  const langs = Object.values(x.languages);
  const userTokens = sum(langs.map((l) => l.share * l.input_units * l.tokens_per_unit));
  const outputTokens = sum(langs.map((l) => l.share * l.output_units * l.tokens_per_unit));
  const inputTokens = x.prompt.system_tokens + x.prompt.context_tokens + x.prompt.history_tokens + userTokens;
  const apiCostPerCall = sum(Object.values(x.models).map((m) => {
    const callCost = (inputTokens * (1 - x.prompt.cached_share) * m.input_per_m + inputTokens * x.prompt.cached_share * m.cached_per_m + outputTokens * m.output_per_m) / 1e6
      * (1 - x.traffic.batch_share * m.batch_discount);
    return m.traffic_share * callCost;
  }));
  const months = Array.from({ length: H }, (_, i) => i + 1);
  const requests = months.map((t) => x.requestOverrides?.[t] ?? x.traffic.requests_per_day * x.calendar.days_per_month * (1 + x.traffic.monthly_growth) ** (t - 1));
  const calls = requests.map((r) => r * (1 - x.traffic.cache_hit_rate) * x.prompt.calls_per_request);
  const tokens = calls.map((c) => c * (inputTokens + outputTokens));
  const priceFactor = months.map((t) => (1 - x.biz.annual_price_decline) ** Math.floor((t - 1) / 12));
  const apiCost = calls.map((c, i) => c * apiCostPerCall * priceFactor[i]!);
  const s = x.selfhost;
  const gpus = tokens.map((tk) => Math.max(s.min_gpus, Math.ceil(tk / (x.calendar.days_per_month * 86400) * x.traffic.peak_to_average / (s.tokens_per_sec_per_gpu * s.target_utilization))));
  const cloudCost = gpus.map((g) => g * s.gpu_hourly * x.calendar.hours_per_month + s.ops_monthly);
  let owned = -Infinity;
  const ownedGpus = gpus.map((g) => (owned = Math.max(owned, g)));
  const perGpu = s.purchase_price_per_gpu / s.depreciation_months + s.power_kw_per_gpu * s.pue * x.calendar.hours_per_month * s.kwh_price + s.colo_monthly_per_gpu;
  const onpremCost = ownedGpus.map((g) => g * perGpu + s.ops_monthly);
  const oneTime = x.biz.engineering_once + x.biz.infra_setup_once;
  const fixedOpex = x.biz.storage_monthly + x.biz.monitoring_monthly + x.biz.compliance_monthly + x.biz.personnel_monthly;
  const inference = { api: apiCost, cloud: cloudCost, onprem: onpremCost }[x.deploy.mode];
  const totalCost = inference.map((c, i) => c + fixedOpex + (i === 0 ? oneTime : 0));
  const revenue = requests.map((r) => r * x.biz.revenue_per_request + x.biz.value_monthly);
  const cumNet = cumsum(revenue.map((r, i) => r - totalCost[i]!));
  const f = x.ft;
  const perAttempt = f.train_examples * f.tokens_per_example * f.epochs / 1e6 * f.train_price_per_m + f.gpu_hours * s.gpu_hourly;
  const ftOnce = f.data_prep_once + perAttempt * f.retry_multiplier;
  const baseCall = (inputTokens * f.base_input_per_m + outputTokens * f.base_output_per_m) / 1e6;
  const tunedCall = (inputTokens * f.tuned_input_per_m + outputTokens * f.tuned_output_per_m) / 1e6;
  const saving = baseCall - tunedCall;
  const ftSavingCum = cumsum(calls.map((c) => c * f.replaced_share * saving));
  const costPerRequest = inference[0]! / requests[0]!;
  const tco = sum(totalCost);
  const tcoOf = (cost: number[]) => oneTime + sum(cost.map((c) => c + fixedOpex));
  const breakevenCalls = saving <= 0 ? null : ftOnce / saving;
  return {
    'out.input_tokens_per_call': inputTokens,
    'out.output_tokens_per_call': outputTokens,
    'out.api_cost_per_call': apiCostPerCall,
    'out.cost_per_request': costPerRequest,
    'out.gross_margin': x.biz.revenue_per_request === 0 ? null : (x.biz.revenue_per_request - costPerRequest) / x.biz.revenue_per_request,
    'out.tco': tco,
    'out.tco_api': tcoOf(apiCost),
    'out.tco_cloud': tcoOf(cloudCost),
    'out.tco_onprem': tcoOf(onpremCost),
    'out.payback_month': firstMonth(cumNet.map((v) => v >= 0)),
    'out.roi': (sum(revenue) - tco) / tco,
    'out.ft_once': ftOnce,
    'out.ft_breakeven_calls': breakevenCalls,
    'out.ft_breakeven_tokens': breakevenCalls === null ? null : breakevenCalls * (inputTokens + outputTokens),
    'out.ft_breakeven_month': saving <= 0 || f.replaced_share <= 0 ? null : firstMonth(ftSavingCum.map((v) => v >= ftOnce)),
    'out.ft_max_retry_multiplier': saving <= 0 || perAttempt <= 0 || f.replaced_share <= 0 ? null : (ftSavingCum[H - 1]! - f.data_prep_once) / perAttempt,
    'out.selfhost_breakeven_requests_per_day': (s.min_gpus * s.gpu_hourly * x.calendar.hours_per_month + s.ops_monthly)
      / (x.calendar.days_per_month * apiCostPerCall * (1 - x.traffic.cache_hit_rate) * x.prompt.calls_per_request),
  };
}
