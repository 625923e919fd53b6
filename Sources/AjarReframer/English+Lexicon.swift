extension English {
    /// Common verbs. Only used to tell a verb from a noun where either could stand; gerunds come
    /// from the spelling rules, not from this list.
    static let verbs: Set<String> = words("""
        accept acknowledge act adapt add address back admit adore adjust agree allow answer apologise
        apologize appreciate approach argue arrive ask attend avoid babysit bake bathe be bear become
        begin behave believe belong blame bond borrow bother breathe bring brush build buy call calm
        care carry change chat cheat check cheer chill choose clean clear climb close come comfort
        commit communicate complain compliment compromise concentrate confess confide connect consider
        continue contribute cook cooperate cope count cover criticise criticize cry cuddle curse cut
        dance date deal decide declutter defend delete deliver describe die discuss do drink drive drop
        dress dye eat embrace empathise empathize empty end engage enjoy enter exercise exit explain
        express face fall feed feel fight figure fill find finish fix focus fold follow forget forgive
        free gamble get give go greet grow guess handle hang happen hate have heal hear help hide hold
        hug hurry ignore improve include interrupt invite iron join joke journal judge keep kiss know
        laugh lead learn leave lend let lie lighten like limit listen live load look loosen lose love
        make manage marry mean meditate meet mention mind miss mop move mow nag need notice offer open
        organise organize pack panic participate pass pay pick plan play polish practice practise pray
        prefer prepare promise protect prove publish pull put quit reach react read realise realize
        reconnect recover reduce refer reflect refuse relax relish remember remind repeat reply respect
        respond rest return reveal ride ring rise run save say scream see seek sell send set settle
        share shop shout show shower shut sign sing sit sleep slow smile smoke snap snuggle sob solve
        speak spend split stand start stay step stick stop study succeed suggest sulk support swear
        sweep swim take talk taste teach tell text thank think throw tidy tie tiptoe touch travel treat
        trust try turn understand unload unpack use vacuum value vape vent visit vote wait wake walk
        want wash watch water wear welcome whine win wipe wish withdraw wonder work worry write yell
        cherish nourish vanish apply reapply relapse occur visit offer happen control admit regret
        forgive transfer volunteer celebrate plan reopen calm socialise socialize recycle budget save
        eat drink sleep rest cry smile laugh hurry
        """)

    /// Common adjectives that follow "make X" or "get X" ("make my wife happy").
    static let adjectives: Set<String> = words("""
        happy happier sad angry calm calmer comfortable jealous proud ready honest patient kind nice
        nicer open safe secure relaxed interested willing able aware free quiet loud clean tidy
        responsible independent confident present involved engaged excited motivated romantic
        affectionate supportive vulnerable emotional available understanding reasonable respectful
        polite better worse sober healthy fit busy late early sure certain glad grateful thankful
        sorry upset mad annoyed curious gentle fair loving caring warm close closer distant cold mean
        rude lazy okay ok fine good bad great awake asleep alone clear serious strong brave generous
        faithful loyal considerate thoughtful attentive responsive communicative expressive flexible
        positive negative jealous forgiving trusting calmer quieter kinder softer softer tender
        sweet social friendly
        """)

    /// Head nouns of a person, so "make my teenage daughter answer" finds the verb after them.
    static let personNouns: Set<String> = words("""
        partner partners husband husbands wife wives spouse spouses boyfriend boyfriends girlfriend
        girlfriends bf gf fiance fiancee fiancé fiancée son sons daughter daughters kid kids child
        children teen teens teenager teenagers toddler toddlers baby babies mom moms mum mums mother
        mothers mommy mummy dad dads father fathers daddy parent parents brother brothers sister
        sisters sibling siblings grandma grandpa grandmother grandfather grandparents grandson
        granddaughter grandkids grandchildren aunt aunts uncle uncles cousin cousins nephew niece
        family families relatives in-laws inlaws mother-in-law father-in-law sister-in-law
        brother-in-law stepson stepdaughter stepmom stepdad stepmother stepfather stepkids stepchild
        friend friends bestie roommate roommates flatmate flatmates housemate housemates neighbor
        neighbour neighbors neighbours boss manager coworker coworkers co-worker co-workers colleague
        colleagues employee employees team staff teacher teachers student students client clients
        doctor therapist coach ex ex-wife ex-husband ex-partner ex-boyfriend ex-girlfriend lover
        crush people person guy guys man woman men women boy boys girl girls folks others hubby wifey
        bae twin twins dog dogs cat cats puppy son's partner's teammate teammates classmate
        classmates peers peer buddy buddies mate mates wife's husband's other half significant
        spouse's
        """)

    private static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }
}
