// Turns on the storage account's static website, which serves the $web container the `html`
// roadmap target writes to (https://learn.microsoft.com/azure/storage/blobs/storage-blob-static-website).
//
// Static website is a blob *data-plane* setting (Set Blob Service Properties): ARM and Bicep have
// no property for it. Of the two usual ways, a deployment script and an azd `postprovision` hook,
// this template uses a deployment script: it is part of the template, so `azd up`,
// `az deployment sub create` and a portal deployment all get the same result, it runs again (and
// is idempotent) on every provision, and the compile test sees it. A hook would run only under azd
// and on the deploying machine's own `az` login. The cost: the script runs in a short-lived
// container instance (Microsoft.ContainerInstance must be registered in the subscription) with its
// own identity, which may read this one account's keys and nothing else.
// https://learn.microsoft.com/azure/azure-resource-manager/bicep/deployment-script-bicep

param location string
param tags object
param storageAccountName string

@description('Changes on every deployment, so the script runs each time (it is idempotent).')
param runTag string = utcNow()

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource scriptIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-static-website-${uniqueString(storage.id)}'
  location: location
  tags: tags
}

// Storage Account Contributor on this account only: `az storage blob service-properties update`
// reads the account key through ARM to sign its request.
var storageAccountContributor = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '17d1049b-9a84-46fb-8f53-869881c3d3ab')

resource scriptAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, scriptIdentity.id, storageAccountContributor)
  scope: storage
  properties: {
    principalId: scriptIdentity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: storageAccountContributor
  }
}

resource enableStaticWebsite 'Microsoft.Resources/deploymentScripts@2023-08-01' = {
  name: 'enable-static-website'
  location: location
  tags: tags
  kind: 'AzureCLI'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${scriptIdentity.id}': {} }
  }
  dependsOn: [scriptAccess]
  properties: {
    azCliVersion: '2.61.0'
    forceUpdateTag: runTag
    retentionInterval: 'PT1H'
    cleanupPreference: 'OnSuccess'
    timeout: 'PT10M'
    environmentVariables: [
      { name: 'ACCOUNT', value: storage.name }
    ]
    // Role assignments can take a minute to apply, hence the retries.
    scriptContent: '''
      for attempt in 1 2 3 4 5 6; do
        az storage blob service-properties update --account-name "$ACCOUNT" --static-website true --index-document index.html --404-document index.html && exit 0
        sleep 20
      done
      exit 1
    '''
  }
}
