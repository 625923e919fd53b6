import AjarTestSupport
import Foundation

/// Drives `ajar` on a pseudo-terminal through Python's `pty` module: wait for a text, type a
/// line, and so on; returns everything the terminal showed.
enum PseudoTerminal {
    struct Step: Codable {
        /// Text to wait for in the output (after the previous step's match).
        var expect: String
        /// What to type next (a carriage return is added, as the Enter key sends); `nil`: Ctrl-D.
        var send: String?
        var eof: Bool = false
    }

    struct Result: Decodable {
        var status: Int
        var output: String
        var timedOut: Bool
        var failedStep: Int?
    }

    static let script = #"""
        import json, os, pty, select, struct, sys, time, fcntl, termios
        spec = json.load(open(sys.argv[1]))
        pid, fd = pty.fork()
        if pid == 0:
            os.chdir(spec["cwd"])
            os.execve(spec["argv"][0], spec["argv"], spec["env"])
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, spec["columns"], 0, 0))
        out = b""
        def read_some(deadline):
            global out
            ready, _, _ = select.select([fd], [], [], max(0, min(0.2, deadline - time.time())))
            if ready:
                try:
                    data = os.read(fd, 4096)
                except OSError:
                    return False
                if not data:
                    return False
                out += data
            return True
        result = {"timedOut": False, "failedStep": None}
        position = 0
        for index, step in enumerate(spec["steps"]):
            needle = step["expect"].encode()
            deadline = time.time() + spec["timeout"]
            alive = True
            while out.find(needle, position) < 0 and time.time() < deadline and alive:
                alive = read_some(deadline)
            found = out.find(needle, position)
            if found < 0:
                result["timedOut"] = True
                result["failedStep"] = index
                break
            position = found + len(needle)
            time.sleep(0.05)
            if step.get("eof"):
                os.write(fd, b"\x04")
            elif step.get("send") is not None:
                os.write(fd, step["send"].encode() + b"\r")
        status = None
        deadline = time.time() + spec["timeout"]
        while status is None and time.time() < deadline:
            alive = read_some(deadline)
            done, waited = os.waitpid(pid, os.WNOHANG)
            if done:
                status = waited
            elif not alive:
                time.sleep(0.05)
        # Killed before draining: while it runs, the drain below would never see the end.
        if status is None:
            os.kill(pid, 9)
            _, status = os.waitpid(pid, 0)
            result["timedOut"] = True
        while read_some(time.time() + 0.2):
            pass
        result["status"] = os.waitstatus_to_exitcode(status)
        result["output"] = out.decode("utf-8", "replace")
        print(json.dumps(result))
        """#

    /// Runs `ajar ARGUMENTS` on a pseudo-terminal `columns` wide, playing `steps`.
    static func run(
        _ arguments: [String], steps: [Step], environment: [String: String] = [:], columns: Int = 80,
        timeout: Double = 20
    ) throws -> Result {
        let folder = try AjarBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        env["NO_COLOR"] = nil
        env["COLUMNS"] = nil
        for (key, value) in environment { env[key] = value }
        struct Spec: Encodable {
            var argv: [String]
            var env: [String: String]
            var cwd: String
            var steps: [Step]
            var timeout: Double
            var columns: Int
        }
        let spec = Spec(
            argv: [AjarBinary.path] + arguments, env: env, cwd: AjarBinary.packageRoot.path, steps: steps,
            timeout: timeout, columns: columns)
        let specURL = folder.appendingPathComponent("spec.json")
        try JSONEncoder().encode(spec).write(to: specURL)
        let scriptURL = folder.appendingPathComponent("drive.py")
        try script.write(to: scriptURL, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scriptURL.path, specURL.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONDecoder().decode(Result.self, from: data)
    }
}
