import AjarCompiler
import Testing

@Test func scratch() {
    let cases = [
        "dialogue: d\nstart: a\nstates:\n  a:\n    sya: hi\n    end: true\n",
        "dialogue: d\nstart: a\nstates:\n  a:\n    say: \"Hello {nme}\"\n    end: true\n",
        "dialogue: d\nstart: a\nintents:\n  x:\n    patterns: [\"* my (plant|tree *\"]\nstates:\n  a:\n    say: hi\n    end: true\n",
        "dialogue: d\nstart: a\nintents:\n  x:\n    patterns:\n      - * my plant\nstates:\n  a:\n    say: hi\n    end: true\n",
        "dialogue: d\nstart: a\nstates:\n  a:\n    say: hi\n    on:\n      - intent: thanx\n        goto: b\n  b:\n    say: bye\n  c:\n    say: x\n    next: c\n",
        "dialogue: d\nstart: a\nstates:\n  a:\n    say: hi\n    remind: { in: 3x, text: hey }\n    end: true\n",
        "a: [1, 2\n",
        "a: 1\nb: 2\na: 3\n",
        "",
        "\u{FEFF}",
        "dialogue: d\nstart: a\nstates:\n  a:\n    say: \"Hi {name|reflekt}\"\n    end: true\n",
    ]
    for text in cases {
        let result = compile(text)
        print("----\n" + text)
        for d in result.diagnostics { print(d) }
    }
}
