import AjarRuntime
import Foundation
import Yams

/// The safety layer's data for one locale: the detector and the replies, loaded from a file
/// such as `config/safety/en.yaml`.
///
/// ```swift
/// let data = try SafetyData.load(directory: "config/safety", locale: "en-GB")  // en.yaml, GB help lines
/// data.detector.assess("he checks my phone every night").clear  // [.abuse]
/// ```
public struct SafetyData: Sendable {
    public let detector: SafetyDetector
    public let replies: SafetyReplies
    /// The file's language ("en").
    public let language: String

    /// The folder looked for when none is configured, relative to the current folder.
    public static let defaultDirectory = "config/safety"
    /// The locale used when none is configured.
    public static let defaultLocale = "en-US"

    /// Reads one data file; `region` picks its help lines ("GB"; `nil` or unknown: the file's default).
    public static func load(file path: String, region: String? = nil) throws(SafetyDataError) -> SafetyData {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw SafetyDataError("\(path): cannot read the safety data: \(error.localizedDescription)")
        }
        do {
            return try load(yaml: text, region: region)
        } catch {
            throw SafetyDataError("\(path): \(error.description)")
        }
    }

    /// Parses data from YAML text.
    public static func load(yaml: String, region: String? = nil) throws(SafetyDataError) -> SafetyData {
        let file: SafetyDataFile
        do {
            file = try YAMLDecoder().decode(SafetyDataFile.self, from: yaml)
        } catch {
            throw SafetyDataError("invalid safety data: \(error)")
        }
        return SafetyData(
            detector: try SafetyDetector(file),
            replies: try SafetyReplies(file, region: region),
            language: file.language)
    }

    /// The data for `locale` ("en-GB", "en_US", "en") from `directory`: the file of its language
    /// (`en.yaml`), else `en.yaml`; the help lines of its region.
    public static func load(directory: String, locale: String = defaultLocale) throws(SafetyDataError) -> SafetyData {
        let parts = locale.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        let language = parts.first?.lowercased() ?? "en"
        let region = parts.count > 1 ? parts[1] : nil
        var path = (directory as NSString).appendingPathComponent("\(language).yaml")
        if !FileManager.default.fileExists(atPath: path) {
            path = (directory as NSString).appendingPathComponent("en.yaml")
        }
        return try load(file: path, region: region)
    }

    /// Where the data is: `configured` when given, else `config/safety` in the current folder,
    /// else the one found walking up from the executable (so `swift run ajar` works anywhere in
    /// the checkout). `nil` when none exists.
    public static func locate(configured: String? = nil) -> String? {
        configured ?? InstallationPaths.find(defaultDirectory)
    }
}
