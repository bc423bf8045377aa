export function normalNormalPosterior(x: number[], sigma2: number, mu0: number, tau02: number): { muPost: number; tau2Post: number; predVar: number } {
  // TODO: 1/τn² = 1/τ0² + n/σ², μn = τn²(μ0/τ0² + Σx/σ²), predictive variance σ² + τn²
  return { muPost: mu0, tau2Post: tau02, predVar: sigma2 + tau02 };
}
