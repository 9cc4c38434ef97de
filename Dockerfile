# syntax=docker/dockerfile:1
# The GP Connect provider (src/GpConnect.Provider). Build from the repository root: docker build -t gpconnect-provider .

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# global.json is left out on purpose: it pins a developer SDK band the image need not have.
COPY Directory.Build.props Directory.Packages.props .editorconfig BannedSymbols.txt ./
# Project files first, so the restore layer is reused until a dependency changes.
COPY src/GpConnect.Fhir.Stu3/GpConnect.Fhir.Stu3.csproj src/GpConnect.Fhir.Stu3/
COPY src/GpConnect.Fhir.Stu3.Generators/GpConnect.Fhir.Stu3.Generators.csproj src/GpConnect.Fhir.Stu3.Generators/
COPY src/GpConnect.Provider.Store/GpConnect.Provider.Store.csproj src/GpConnect.Provider.Store/
COPY src/GpConnect.Provider/GpConnect.Provider.csproj src/GpConnect.Provider/
RUN dotnet restore src/GpConnect.Provider/GpConnect.Provider.csproj
# src/ holds all the server needs, the seed data included (the local PDS dataset is built into the store assembly).
COPY src/ src/
RUN dotnet publish src/GpConnect.Provider/GpConnect.Provider.csproj \
    --configuration Release --no-restore --output /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# A writable place for the default embedded SQLite store; docker-compose.yml switches to PostgreSQL instead.
RUN mkdir /data && chown "$APP_UID" /data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Database__ConnectionString="Data Source=/data/gpconnect.db"
COPY --from=build /app .
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "GpConnect.Provider.dll"]
