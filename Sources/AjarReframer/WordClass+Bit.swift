/// Each word class as one bit, so a token's classes are looked up once and tested with a mask.
extension WordClass {
    /// The class's position among ``allCases`` (under 64, checked by ``Grammar``).
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
        case .copula: 23
        case .controlTo: 24
        case .controlBare: 25
        case .controlComplement: 26
        case .controlGerund: 27
        case .controlInto: 28
        case .controlPrevent: 29
        case .controlHostile: 30
        case .cessation: 31
        case .hostile: 32
        case .surveillance: 33
        case .exposure: 34
        case .privateThing: 35
        case .firstPerson: 36
        case .verbPrefix: 37
        case .questionSubject: 38
        case .stressedFinal: 39
        case .leadingFiller: 40
        case .abbreviation: 41
        }
    }

    var bit: UInt64 { 1 << UInt64(ordinal) }
}
