// Application Insights on a Log Analytics workspace (workspace-based: classic resources are retired).
// https://learn.microsoft.com/azure/azure-monitor/app/create-workspace-resource

param location string
param tags object
param logAnalyticsName string
param applicationInsightsName string

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

output applicationInsightsName string = applicationInsights.name

// Not a secret: it only lets a client send telemetry (Microsoft's azd templates output it the same way).
output connectionString string = applicationInsights.properties.ConnectionString
