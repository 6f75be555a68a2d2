// The function app on a Flex Consumption (FC1) plan: Linux, .NET 10 isolated worker, deployed by
// `azd deploy` (or `az functionapp deployment source config-zip`) into a blob container.
// https://learn.microsoft.com/azure/azure-functions/flex-consumption-plan

param location string
param tags object
param planName string
param appName string
param identityId string
param identityClientId string
param deploymentContainerUrl string
param maximumInstanceCount int
param instanceMemoryMB int

param storageEndpoints { blob: string, queue: string, table: string }
param applicationInsightsConnectionString string

// Settings, each documented in README.md's settings table. DeploymentTemplateTests checks that
// every setting the code reads is here (or listed there as local-only).
@secure()
param gitHubWebhookSecret string
@secure()
param gitHubToken string
@secure()
param gitHubPrivateKey string
param gitHubAppId string
param gitHubApiUrl string
@secure()
param jiraWebhookSecret string
@secure()
param jiraApiToken string
param jiraBaseUrl string
param jiraEmail string
param jiraConfig string
param digestSchedule string
param kpiSchedule string
param jiraProjects object
param jiraTemplates object
param roadmapAllowedJiraProjects object
param roadmapPagePrefixes object
@secure()
param updateWebhooks object
param appSettingOverrides object

// Storage by identity, no key in the settings: the Functions host and the app's own clients
// (StorageConnection) both read these AzureWebJobsStorage__* keys and use the user-assigned identity,
// which storage.bicep grants blob, queue and table data roles.
// https://learn.microsoft.com/azure/azure-functions/functions-reference#connecting-to-host-storage-with-an-identity
//
// Not set, on purpose: FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION (Flex Consumption
// rejects them: functionAppConfig.runtime says it), and the local-only AllowUnsigned* escape hatches.
var appSettings = {
  AzureWebJobsStorage__blobServiceUri: storageEndpoints.blob
  AzureWebJobsStorage__queueServiceUri: storageEndpoints.queue
  AzureWebJobsStorage__tableServiceUri: storageEndpoints.table
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  GitHub__WebhookSecret: gitHubWebhookSecret
  GitHub__Token: gitHubToken
  GitHub__AppId: gitHubAppId
  GitHub__PrivateKey: gitHubPrivateKey
  GitHub__ApiUrl: gitHubApiUrl
  GitHub__MutationInterval: '00:00:01'
  GitHub__MaxRateLimitWait: '00:01:00'
  GitHub__RequestTimeout: '00:00:10'
  GitHub__ConfigCacheDuration: '00:01:00'
  GitHub__WriteSettleTime: '00:01:30'
  Jira__WebhookSecret: jiraWebhookSecret
  Jira__BaseUrl: jiraBaseUrl
  Jira__Email: jiraEmail
  Jira__ApiToken: jiraApiToken
  Jira__MaxRateLimitWait: '00:01:00'
  Jira__Config: jiraConfig
  Roadmap__DebounceWindow: '00:00:30'
  Roadmap__PendingGrace: '00:10:00'
  Roadmap__RenderTimeout: '00:00:02'
  // The operator's allow-lists (docs/security.md) as one value each: Linux app setting names hold only letters,
  // digits, '.' and '_', so Roadmap__AllowedJiraProjects__<owner>__<repo> cannot name most owners and repositories.
  Roadmap__AllowedJiraProjectsList: join(flatten(map(items(roadmapAllowedJiraProjects), o => map(items(o.value), r => '${o.key}/${r.key}=${r.value}'))), ';')
  Roadmap__PagePrefixesList: join(map(items(roadmapPagePrefixes), o => '${o.key}=${o.value}'), ';')
  // The timer trigger's schedule is %Updates:DigestSchedule% (this setting, as the host reads it): without it the host cannot start it.
  Updates__DigestSchedule: digestSchedule
  // The kpi-readings timer's schedule (%Outcomes:KpiSchedule%): required by the host like the digest's.
  Outcomes__KpiSchedule: kpiSchedule
  Updates__MaxAttempts: '5'
  Updates__RetryDelay: '00:00:10'
  Updates__MaxRetryDelay: '00:10:00'
  Updates__RenderTimeout: '00:00:02'
  Updates__WebhookTimeout: '00:00:10'
}

// Settings whose keys carry a name: Jira__Projects__<KEY>__Config,
// Updates__JiraTemplates__<KEY>__<template>, Updates__Webhooks__<name>__Url / __Secret.
var namedSettings = union(
  reduce(items(jiraProjects), {}, (all, p) => union(all, { 'Jira__Projects__${p.key}__Config': p.value })),
  reduce(items(jiraTemplates), {}, (all, p) => union(all, toObject(items(p.value), t => 'Updates__JiraTemplates__${p.key}__${t.key}', t => t.value))),
  reduce(items(updateWebhooks), {}, (all, w) => union(all, {
    'Updates__Webhooks__${w.key}__Url': w.value.url
    'Updates__Webhooks__${w.key}__Secret': w.value.?secret ?? ''
  }))
)

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true // Linux
  }
}

resource app 'Microsoft.Web/sites@2024-11-01' = {
  name: appName
  location: location
  // azd finds the app to deploy to by this tag (the service name in azure.yaml).
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
    }
  }

  // One PUT with every setting: settings added by hand in the portal are replaced on the next
  // provision, so change them here (or through appSettingOverrides).
  resource settings 'config' = {
    name: 'appsettings'
    properties: union(appSettings, namedSettings, appSettingOverrides)
  }
}

output name string = app.name
output hostName string = app.properties.defaultHostName
