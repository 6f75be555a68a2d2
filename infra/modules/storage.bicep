// The app's storage account: queues (tracker-events, roadmap-refresh, updates and their -poison
// queues), tables (deliveries, work items, pacing, roadmaps), blobs (large payloads, item leases,
// the $web roadmap pages) and the container Flex Consumption deploys the app package from.
// The app creates its own queues, tables and containers at start (StorageAccount.EnsureCreatedAsync).

param location string
param tags object
param name string
param deploymentContainerName string

@description('Principal id of the app identity: it reads the deployment package from blob storage.')
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
    // Kept on: the app reaches storage with the AzureWebJobsStorage connection string (see
    // functionapp.bicep for why), and the static website script below uses the account key.
    allowSharedKeyAccess: true
  }

  resource blobs 'blobServices' = {
    name: 'default'

    resource deployment 'containers' = {
      name: deploymentContainerName
    }
  }
}

// Storage Blob Data Owner: Flex Consumption pulls the package from the deployment container with
// the app's user-assigned identity, so no key is needed for deployment.
// https://learn.microsoft.com/azure/azure-functions/flex-consumption-plan#deployment
var blobDataOwner = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')

resource appBlobAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, appPrincipalId, blobDataOwner)
  scope: storage
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: blobDataOwner
  }
}

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
output webEndpoint string = storage.properties.primaryEndpoints.web
