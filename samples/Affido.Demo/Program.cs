using Affido.Demo;

return DemoApp.Run(args, Console.Out, Console.Error);
