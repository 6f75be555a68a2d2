// The app's user-assigned identity. Flex Consumption uses it to read the deployment package
// (storage.bicep grants it Storage Blob Data Owner on the account).

param location string
param tags object
param name string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output principalId string = identity.properties.principalId
output clientId string = identity.properties.clientId
