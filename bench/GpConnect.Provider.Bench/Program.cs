using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/GpConnect.Provider.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
