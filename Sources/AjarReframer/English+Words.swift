extension English {
    /// Splits a space-separated word list (keeps tables readable).
    private static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }

    static let wordClasses: [String: Set<String>] = {
        var classes: [WordClass: Set<String>] = [
            .determiner: words("""
                my our your his her their its the a an this that these those some any every each all both
                no another other such either neither whose many several few one's someone's somebody's
                """),
            .objectPronoun: words("""
                me you him her us them it myself yourself himself herself ourselves themselves yourselves
                itself everyone everybody someone somebody anyone anybody u
                """),
            .subjectPronoun: words("""
                i he she we they it there i'm im i've i'd i'll he's she's we're they're it's there's
                that's he'd she'd they'd we'd they've we've
                """),
            .preposition: words("""
                to with about at for from of in on into onto by without around after before during than
                toward towards between among across under over through near behind beside via per since
                until upon within against like except beyond
                """),
            .particle: words("up down out off in on over back away around through along together apart aside forward ahead"),
            .conjunction: words("and or & nor plus but"),
            .negator: words("not never"),
            .adverb: words("""
                more less so very too really just even also again ever always often sometimes still already
                usually never not please actually finally once twice anymore first properly enough then now
                today tonight tomorrow later soon daily regularly instead more often again maybe perhaps
                """),
            .adjectiveModifier: words("more less so very too really quite bit little lot somewhat slightly much less extra"),
            .number: words("""
                one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
                sixteen seventeen eighteen nineteen twenty thirty forty fifty
                """),
            .infinitive: ["to"],
            .fromMarker: ["from"],
            .intoMarker: ["into"],
            .complementizer: ["that"],
            .clauseStarter: words("""
                please because cause cuz since as but so thanks thank lol haha any what how why though
                although especially which idk btw
                """),
            .subjectMarker: words("""
                that when whenever if because cause since while whether what how why where who until till
                before after unless though although as once so and but
                """),
            .auxiliary: words("""
                are were was have had do did can could will would should may might must shall don't didn't
                can't won't wouldn't shouldn't couldn't aren't weren't haven't hadn't never always really
                still also often just
                """),
            .objectBeforeVerb: words("""
                make makes made making let lets letting help helps helped helping have has had having
                see sees saw seen seeing hear hears heard hearing watch watches watched watching
                feel feels felt feeling notice notices noticed noticing bid thank thanks
                """),
            .verb: verbs,
            .adjective: adjectives,
            .personNoun: personNouns,
            .nonPerson: words("""
                home back better worse there here over through along away out up down in on off around past
                used rid ready closer close married divorced pregnant dressed anywhere
                somewhere everywhere nowhere time money job way chance help sleep rest something anything
                nothing everything gift present ring house ticket visa loan permission approval attention
                feedback answer answers idea ideas courage motivation energy strength confidence info
                information access custody sure ahold hold lost together even involved it
                """),
            .destination: words("""
                school bed church class college university therapy counseling counselling practice dinner
                lunch breakfast town hospital mass temple synagogue mosque kindergarten daycare preschool
                rehab court jail prison camp
                """),
            .linkingVerb: words("be feel seem look become stay remain sound appear get grow act"),
            .copula: words("be"),
            .inception: words("start begin"),
            .catenative: words("""
                want need try like love hate learn decide start begin agree refuse promise plan hope
                remember forget seem manage choose offer stop wish expect prefer tend continue deserve
                """),
            .controlTo: words("get convince persuade encourage ask help buy motivate teach inspire remind urge invite"),
            .controlBare: words("make have help"),
            .controlComplement: words("make get"),
            .controlGerund: words("get"),
            .controlInto: words("talk convince persuade coax nudge"),
            .controlPrevent: words("stop discourage"),
            .controlHostile: words("""
                force threaten coerce pressure pressurize pressurise manipulate trick blackmail guilt bully
                intimidate scare frighten punish order command compel
                """),
            .cessation: ["stop", "quit", "cease", "give up"],
            .hostile: words("""
                hit hurt harm beat slap punch kick choke strangle threaten force track stalk spy monitor
                punish kill abuse rape assault obey intimidate scare frighten blackmail isolate trap shove
                coerce gaslight
                """),
            .manipulative: words("""
                jealous guilty scared afraid frightened terrified obedient submissive dependent insecure
                suffer beg grovel worthless
                """),
            .lessening: words("less fewer"),
            .surveillance: words("check read see show give hand search access monitor look go open"),
            .exposure: words("share unlock"),
            .firstPerson: words("me us i my our we myself ourselves"),
            .privateThing: words("""
                phone phones messages texts text emails email password passwords passcode location dms inbox
                whatsapp chats browser history accounts account
                """),
            .leadingFiller: words("""
                ok okay so but and well hey hi hello please um uh umm hmm ajar then also anyway anyways
                seriously honestly basically yo sorry like yeah yes no right alright oh ah now dear help
                question quick q lol pls plz guys bot coach
                """),
            .stressedFinal: words("""
                admit commit submit permit omit emit remit transmit acquit equip begin forget beget regret
                upset beset abet prefer refer confer defer infer transfer deter occur recur incur concur
                control patrol compel expel repel propel dispel excel rebel annul allot outwit unplug
                unwrap unzip overstep
                """),
            .verbPrefix: words("re un over out under mis up"),
            .abbreviation: words("mr mrs ms dr st jr sr prof vs etc"),
        ]
        var named: [String: Set<String>] = [:]
        for (key, value) in classes { named[key.rawValue] = value }
        // Classes used only by the question patterns.
        named["modal"] = words("do does can could should would will shall might may must")
        named[WordClass.questionSubject.rawValue] = words("i we you one u")
        named["openerAdverb"] = words("""
            even ever possibly best actually finally really realistically still then now just gently
            truly successfully honestly effectively please ever ever
            """)
        named["attempt"] = words("begin start try learn manage")
        named["wayAdjective"] = words("""
            best good better right healthy gentle easy easiest effective nice kind respectful proper
            possible realistic simple constructive loving positive quick productive other healthier
            """)
        return named
    }()
}
