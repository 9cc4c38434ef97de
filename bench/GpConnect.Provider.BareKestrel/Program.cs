// Serves, for each "path=file" argument, the file's bytes at that path with the GP Connect JSON content type.
// Run beside the provider so both answer the same bytes on the same machine (bench/http/run.sh).
var routes = args.Where(arg => arg.Contains('=', StringComparison.Ordinal) && !arg.StartsWith("--", StringComparison.Ordinal))
    .Select(arg => arg.Split('=', 2))
    .ToDictionary(pair => pair[0], pair => File.ReadAllBytes(pair[1]), StringComparer.Ordinal);

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
foreach (var (path, body) in routes)
{
    app.MapGet(path, (HttpContext context) =>
    {
        context.Response.ContentType = "application/fhir+json;charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.Body.WriteAsync(body).AsTask();
    });
}

app.Run();
