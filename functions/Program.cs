using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using ProductOps.Hosting;

// The Azure app: the Functions host owns triggers, retries and poison queues (host.json); this
// worker only composes the core and declares the functions (one small class each, Functions/).
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddProductOps(builder.Configuration, builder.Environment.ContentRootPath);
builder.Build().Run();
