const TOPIC_LABELS: Record<string, string> = {
  'deep-learning': 'Deep learning',
  optimizers: 'Optimizers',
  'classical-ml': 'Classical ML',
  clustering: 'Clustering',
  'dimensionality-reduction': 'Dimensionality reduction',
  ensembles: 'Ensembles',
  'probability-statistics': 'Probability & statistics',
  metrics: 'Metrics',
  regularization: 'Regularization',
  'sequence-models': 'Sequence models',
  attention: 'Attention',
  'causal-uplift': 'Causal & uplift',
  monitoring: 'Monitoring',
  preprocessing: 'Preprocessing',
  nlp: 'NLP & tokenization',
  'reinforcement-learning': 'Reinforcement learning',
  'linear-algebra': 'Linear algebra',
  'recommender-systems': 'Ranking & recommendation',
  interpretability: 'Interpretability',
  mlops: 'MLOps',
};

export function topicLabel(topic: string): string {
  return TOPIC_LABELS[topic] ?? topic;
}
