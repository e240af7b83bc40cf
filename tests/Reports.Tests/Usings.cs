global using Reports.Testing;
