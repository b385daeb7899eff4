// The text of `cpygame help` and `cpygame run --help`.
export const HELP = `cpygame — play and test CircuitPython handheld games

Usage:
  cpygame run FOLDER|FILE.py [options]   run a game folder (code.py …) or one program
  cpygame test [GAME_DIR...] [--update] [--device-exact]
                                         compare each game's screenshot cases with their goldens
  cpygame repl                           an interactive >>> prompt
  cpygame dis FILE.py                    show a program's bytecode
  cpygame help                           this text

Options of run:
  --headless               no window or terminal drawing; virtual time (the default for FILE.py)
  --backend NAME           sdl, terminal or headless
  --port NAME              the board: pybadge (default) or pygamer
  --frames N               stop after N display refreshes
  --screenshot FILE.png    save the last frame
  --screenshot-every M DIR save every M-th frame into DIR
  --scale K                screenshots K times larger
  --input FILE             scripted button presses (see README)
  --record FILE            write the presses of this session as an input file
  --no-reload              do not restart when a file of the game changes
  --audio-out FILE.wav     save what the speaker played (headless)
  --gif FILE.gif           save an animation of the run (headless); --gif-fps N (default 30)
  --trace                  print each bytecode instruction as it runs
  --device-exact           behave like the board where a desktop differs: 30-bit floats printed
                           with 6 digits, the board's heap size (MemoryError, gc.mem_free());
                           or CPYGAME_DEVICE_EXACT = 1 in the game's settings.toml (see README)

Keys: arrows = D-pad / joystick, Z = B, X = A, Enter = Start, Shift or Backspace = Select,
      Esc quits, F12 saves a screenshot, F5 reloads.
`;
