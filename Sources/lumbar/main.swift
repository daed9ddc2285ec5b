import Foundation
import LumbarCLI

// Async so that `serve` (and `migrate`) can run; every other command runs as before.
let result = await LumbarCLI.runAsync(Array(CommandLine.arguments.dropFirst()))
FileHandle.standardOutput.write(Data(result.stdout.utf8))
FileHandle.standardError.write(Data(result.stderr.utf8))
exit(result.exitCode)
