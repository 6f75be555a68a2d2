using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ProductOps.Benchmarks.RoadmapBenchmarks).Assembly).Run(args);
