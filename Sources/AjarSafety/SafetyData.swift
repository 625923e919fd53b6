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
    /// The locale used when none is configured: English, the file's default region (US).
    public static let defaultLocale = "en"

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

    /// The data for `locale` ("en-GB", "en_US", "en") from `directory`: the file of the whole
    /// locale when there is one (`en-GB.yaml`), else of its language (`en.yaml`), with the help
    /// lines of its region. A language without a file is an error that names the file: the layer
    /// never answers in a language the operator did not ask for.
    public static func load(directory: String, locale: String = defaultLocale) throws(SafetyDataError) -> SafetyData {
        let (language, region) = try parse(locale: locale)
        let folder = directory as NSString
        if let region {
            let specific = folder.appendingPathComponent("\(language)-\(region).yaml")
            if FileManager.default.fileExists(atPath: specific) { return try load(file: specific, region: region) }
        }
        let path = folder.appendingPathComponent("\(language).yaml")
        guard FileManager.default.fileExists(atPath: path) else {
            throw SafetyDataError("\(path): no safety data for the locale '\(locale)' (add \(language).yaml, or choose another safety.locale)")
        }
        return try load(file: path, region: region)
    }

    /// The data as configured: `path` is a data file (the locale then only picks its region), a
    /// folder of them (`<language>.yaml`), or `nil` for the shipped `config/safety` (found by
    /// ``locate(configured:)``). Every error names the file or folder.
    ///
    /// ```swift
    /// let data = try SafetyData.load(path: configuration.safety.path, locale: configuration.safety.locale)
    /// ```
    public static func load(path: String?, locale: String = defaultLocale) throws(SafetyDataError) -> SafetyData {
        guard let path = locate(configured: path) else {
            throw SafetyDataError("\(defaultDirectory)/: cannot find the shipped safety data: run Ajar from its folder or set safety.path")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SafetyDataError("\(path): no such file or folder (safety.path)")
        }
        if isDirectory.boolValue { return try load(directory: path, locale: locale) }
        return try load(file: path, region: try parse(locale: locale).region)
    }

    /// Where the data is: `configured` when given, else `config/safety` in the current folder,
    /// else the one found walking up from the executable (so `swift run ajar` works anywhere in
    /// the checkout). `nil` when none exists.
    public static func locate(configured: String? = nil) -> String? {
        configured ?? InstallationPaths.find(defaultDirectory)
    }

    /// "en-GB" -> ("en", "GB"); "en" -> ("en", nil). Only letters, so a locale is never a path.
    static func parse(locale: String) throws(SafetyDataError) -> (language: String, region: String?) {
        let parts = locale.split(separator: "-", omittingEmptySubsequences: false).flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
        let valid = (1...3).contains(parts.count) && parts.allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
        guard valid, let first = parts.first, first.allSatisfy(\.isLetter) else {
            throw SafetyDataError("'\(locale)' is not a locale such as en or en-GB (safety.locale)")
        }
        return (first.lowercased(), parts.count > 1 ? parts[1].uppercased() : nil)
    }
}
