export const GOAL_LABELS: Record<string, string> = {
  AWARENESS: 'Awareness',
  LEADS: 'Leads',
  SALES: 'Sales',
  TRAFFIC: 'Website traffic',
};

export const PLATFORM_LABELS: Record<string, string> = {
  GOOGLE_ADS: 'Google Ads',
  META_ADS: 'Meta Ads',
  MICROSOFT_ADS: 'Microsoft Ads',
};
