/// Each word class as one bit, so a token's classes are looked up once and tested with a mask.
extension WordClass {
    /// The class's position among ``allCases`` (under 64, checked by a test).
    var ordinal: Int {
        switch self {
        case .determiner: 0
        case .objectPronoun: 1
        case .subjectPronoun: 2
        case .preposition: 3
        case .particle: 4
        case .conjunction: 5
        case .negator: 6
        case .adverb: 7
        case .adjectiveModifier: 8
        case .number: 9
        case .infinitive: 10
        case .fromMarker: 11
        case .intoMarker: 12
        case .complementizer: 13
        case .clauseStarter: 14
        case .subjectMarker: 15
        case .auxiliary: 16
        case .verb: 17
        case .adjective: 18
        case .personNoun: 19
        case .nonPerson: 20
        case .destination: 21
        case .linkingVerb: 22
        case .inception: 23
        case .catenative: 24
        case .copula: 25
        case .controlTo: 26
        case .controlBare: 27
        case .controlComplement: 28
        case .controlGerund: 29
        case .controlInto: 30
        case .controlPrevent: 31
        case .controlHostile: 32
        case .cessation: 33
        case .hostile: 34
        case .manipulative: 35
        case .lessening: 36
        case .surveillance: 37
        case .exposure: 38
        case .privateThing: 39
        case .firstPerson: 40
        case .verbPrefix: 41
        case .questionSubject: 42
        case .stressedFinal: 43
        case .leadingFiller: 44
        case .abbreviation: 45
        case .objectBeforeVerb: 46
        }
    }

    var bit: UInt64 { 1 << UInt64(ordinal) }

    /// The bits of several classes.
    static func mask(_ classes: WordClass...) -> UInt64 {
        classes.reduce(0) { $0 | $1.bit }
    }
}
