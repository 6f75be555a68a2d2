// The app's storage account: queues (tracker-events, roadmap-refresh, updates and their -poison
// queues), tables (deliveries, work items, pacing, roadmaps), blobs (large payloads, item leases,
// the $web roadmap pages) and the container Flex Consumption deploys the app package from.
// The app creates its own queues, tables and containers at start (StorageAccount.EnsureCreatedAsync).

param location string
param tags object
param name string
param deploymentContainerName string

@description('Principal id of the app identity: the app and the Functions host reach storage with it, and Flex Consumption reads the deployment package with it.')
param appPrincipalId string

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Kept on only for the static website script below, which signs with the account key; the app
    // itself uses its identity (AzureWebJobsStorage__credential = managedidentity).
    allowSharedKeyAccess: true
  }

  resource blobs 'blobServices' = {
    name: 'default'

    resource deployment 'containers' = {
      name: deploymentContainerName
    }
  }
}

// The app identity's data roles on this account (no keys): blobs (payloads, leases, the $web pages,
// the deployment package Flex Consumption pulls), queues (the three work queues and their -poison
// queues, for the app and the host's queue triggers) and tables (deliveries, work items, pacing).
// https://learn.microsoft.com/azure/azure-functions/functions-reference#grant-permission-to-the-identity
var dataRoles = [
  'b7e6dc6d-f1e8-4753-8033-0f276bb0955b' // Storage Blob Data Owner
  '974c5e8b-45b9-4653-ba55-5f855dd0fb88' // Storage Queue Data Contributor
  '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3' // Storage Table Data Contributor
]

resource appDataAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in dataRoles: {
  name: guid(storage.id, appPrincipalId, role)
  scope: storage
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]

module staticWebsite 'static-website.bicep' = {
  name: 'static-website'
  params: {
    location: location
    tags: tags
    storageAccountName: storage.name
  }
}

output name string = storage.name
output blobEndpoint string = storage.properties.primaryEndpoints.blob
output queueEndpoint string = storage.properties.primaryEndpoints.queue
output tableEndpoint string = storage.properties.primaryEndpoints.table
output webEndpoint string = storage.properties.primaryEndpoints.web
