global using Reports.Generators.Tests.Infrastructure;
global using Reports.Testing;
global using Xunit;
