// Entry point of the cpygame command: argv → command.
process.stdout.write('cpygame: not built yet\n');
