import Foundation

/// Files shipped with Ajar (the default dialogue, the safety data), found from the current folder
/// or beside the executable, so `swift run ajar` works from any folder of the checkout.
public enum InstallationPaths {
    /// `relative` in the current folder if it exists there, else in the nearest folder above the
    /// executable that holds it; `nil` when neither does.
    public static func find(_ relative: String) -> String? {
        if FileManager.default.fileExists(atPath: relative) { return relative }
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first ?? ""
        var folder = URL(fileURLWithPath: executable).deletingLastPathComponent().standardizedFileURL
        while folder.path != "/" && !folder.path.isEmpty {
            let candidate = folder.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }
}
