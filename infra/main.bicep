// Product Ops on Azure: `azd up` (or `az deployment sub create`, see README.md "Deploy to Azure").
// Creates one resource group with a Flex Consumption function app (.NET 10 isolated worker), its
// storage account (queues, tables, blobs, static website), Application Insights on a Log Analytics
// workspace, and the app's user-assigned identity.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; names the resource group and seeds every resource name.')
param environmentName string

@minLength(1)
@description('Region of every resource. It must offer Flex Consumption: `az functionapp list-flexconsumption-locations`.')
@metadata({ azd: { type: 'location' } })
param location string

@secure()
@minLength(16)
@description('GitHub webhook secret (GitHub__WebhookSecret); the same text goes into the GitHub App or webhook settings.')
param gitHubWebhookSecret string

@secure()
@description('GitHub personal access token (GitHub__Token); empty when a GitHub App is used.')
param gitHubToken string

@secure()
@description('GitHub App private key, PEM (GitHub__PrivateKey); empty when a token is used.')
param gitHubPrivateKey string

@description('GitHub App id (GitHub__AppId); empty when a token is used.')
param gitHubAppId string = ''

@description('GitHub REST root (GitHub__ApiUrl): https://HOST/api/v3/ for GitHub Enterprise Server.')
param gitHubApiUrl string = 'https://api.github.com/'

@secure()
@description('Jira admin webhook secret (Jira__WebhookSecret); empty refuses every Jira delivery.')
param jiraWebhookSecret string

@secure()
@description('Jira API token (Jira__ApiToken); empty runs the Jira side dry.')
param jiraApiToken string

@description('Jira Cloud site, e.g. https://your-domain.atlassian.net/ (Jira__BaseUrl).')
param jiraBaseUrl string = ''

@description('Atlassian account of the API token (Jira__Email).')
param jiraEmail string = ''

@description('Site-wide Jira configuration YAML (Jira__Config).')
param jiraConfig string = ''

@description('NCRONTAB with seconds, UTC, of the stakeholder digest (Updates__DigestSchedule).')
param digestSchedule string = '0 0 9 * * 1'

@description('NCRONTAB with seconds, UTC, of reading KPIs from their configured endpoints (Outcomes__KpiSchedule).')
param kpiSchedule string = '0 0 6 * * *'

@description('JSON: Jira project key -> its configuration YAML (Jira__Projects__<KEY>__Config).')
param jiraProjectsJson string = ''

@description('JSON: Jira project key -> { template name: text } (Updates__JiraTemplates__<KEY>__<template>).')
param jiraTemplatesJson string = ''

@description('JSON: owner -> { repo: comma-separated Jira project keys }: the Jira projects that repository\'s roadmap may write (deployed as Roadmap__AllowedJiraProjectsList).')
param roadmapAllowedJiraProjectsJson string = ''

@description('JSON: owner -> a $web folder its repositories may write pages under (deployed as Roadmap__PagePrefixesList).')
param roadmapPagePrefixesJson string = ''

@secure()
@description('JSON: webhook name -> { "url": ..., "secret": ... } (Updates__Webhooks__<name>__Url / __Secret).')
param updateWebhooksJson string

@description('Any other app settings, e.g. { "GitHub__MutationInterval": "00:00:02" }; they win over the defaults.')
param appSettingOverrides object = {}

@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var appName = 'func-productops-${resourceToken}'
var storageName = 'stproductops${take(resourceToken, 10)}'
var deploymentContainerName = 'app-package-${take(resourceToken, 7)}'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    location: location
    tags: tags
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
  }
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    location: location
    tags: tags
    name: 'id-productops-${resourceToken}'
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    location: location
    tags: tags
    name: storageName
    deploymentContainerName: deploymentContainerName
    appPrincipalId: identity.outputs.principalId
  }
}

module app 'modules/functionapp.bicep' = {
  name: 'functionapp'
  scope: rg
  params: {
    location: location
    tags: tags
    planName: 'plan-${resourceToken}'
    appName: appName
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    deploymentContainerUrl: '${storage.outputs.blobEndpoint}${deploymentContainerName}'
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    storageEndpoints: {
      blob: storage.outputs.blobEndpoint
      queue: storage.outputs.queueEndpoint
      table: storage.outputs.tableEndpoint
    }
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    gitHubWebhookSecret: gitHubWebhookSecret
    gitHubToken: gitHubToken
    gitHubPrivateKey: gitHubPrivateKey
    gitHubAppId: gitHubAppId
    gitHubApiUrl: gitHubApiUrl
    jiraWebhookSecret: jiraWebhookSecret
    jiraApiToken: jiraApiToken
    jiraBaseUrl: jiraBaseUrl
    jiraEmail: jiraEmail
    jiraConfig: jiraConfig
    digestSchedule: digestSchedule
    kpiSchedule: kpiSchedule
    jiraProjects: empty(jiraProjectsJson) ? {} : json(jiraProjectsJson)
    jiraTemplates: empty(jiraTemplatesJson) ? {} : json(jiraTemplatesJson)
    roadmapAllowedJiraProjects: empty(roadmapAllowedJiraProjectsJson) ? {} : json(roadmapAllowedJiraProjectsJson)
    roadmapPagePrefixes: empty(roadmapPagePrefixesJson) ? {} : json(roadmapPagePrefixesJson)
    updateWebhooks: empty(updateWebhooksJson) ? {} : json(updateWebhooksJson)
    appSettingOverrides: appSettingOverrides
  }
}

output AZURE_LOCATION string = location
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = app.outputs.name
output GITHUB_WEBHOOK_URL string = 'https://${app.outputs.hostName}/api/github/webhook'
output JIRA_WEBHOOK_URL string = 'https://${app.outputs.hostName}/api/jira/webhook'
output ROADMAP_SITE_URL string = storage.outputs.webEndpoint
output APPLICATIONINSIGHTS_CONNECTION_STRING string = monitoring.outputs.connectionString
