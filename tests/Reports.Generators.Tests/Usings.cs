namespace Reports.Generators.Tests;
