/// Runs ``PatternProgram``s against an input's words.
///
/// A backtracking search with an explicit stack (no recursion, so a 100,000-word input cannot
/// overflow the call stack) that visits each (instruction, word position) pair at most once,
/// as RE2's BitState does: a second visit could only fail again, because the first one did.
/// So any pattern runs in O(instructions × words) time, `* * * * * x` included.
///
/// Its buffers are temporary allocations, on the stack for everyday inputs.
enum Backtracker {
    private enum Job {
        case explore(pc: Int, position: Int)
        case restore(slot: Int, value: Int)
    }

    /// The captures of the first match (in the program's preference order), or `nil`.
    static func match(_ program: PatternProgram, _ input: InputWords) -> [Capture]? {
        let count = input.count
        guard count >= program.minimumWords else { return nil }
        let (bits, overflow) = program.ops.count.multipliedReportingOverflow(by: count + 1)
        guard !overflow else { return nil }
        let slotCount = 2 * program.captureNames.count
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: (bits + 63) / 64) { visited in
            // The only backward jumps are lazy loops over a single `any`, so each split, open
            // and close has at most one job pending: the stack never outgrows the program.
            withUnsafeTemporaryAllocation(of: Job.self, capacity: program.ops.count + 1) { jobs in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: max(slotCount, 1)) { slots in
                    visited.initialize(repeating: 0)
                    slots.initialize(repeating: -1)
                    let matched = input.ids.withUnsafeBufferPointer { words in
                        run(program.ops, words, visited: visited, jobs: jobs, slots: slots)
                    }
                    guard matched else { return nil }
                    var captures: [Capture] = []
                    for (slot, name) in program.captureNames.enumerated() {
                        let start = slots[2 * slot]
                        let end = slots[2 * slot + 1]
                        guard start >= 0, end > start else { continue }
                        captures.append(Capture(name: name, value: input.originals(start..<end)))
                    }
                    return captures
                }
            }
        }
    }

    private static func run(
        _ ops: [PatternProgram.Op], _ words: UnsafeBufferPointer<Int32>,
        visited: UnsafeMutableBufferPointer<UInt64>, jobs: UnsafeMutableBufferPointer<Job>, slots: UnsafeMutableBufferPointer<Int>
    ) -> Bool {
        let count = words.count
        let width = count + 1
        var depth = 0
        func push(_ job: Job) -> Bool {
            guard depth < jobs.count else { return false }
            jobs.initializeElement(at: depth, to: job)
            depth += 1
            return true
        }
        _ = push(.explore(pc: 0, position: 0))

        while depth > 0 {
            depth -= 1
            var pc: Int
            var position: Int
            switch jobs.moveElement(from: depth) {
            case .restore(let slot, let value):
                slots[slot] = value
                continue
            case .explore(let start, let at):
                pc = start
                position = at
            }
            // Every `continue` below advances this thread; every `break` leaves the switch and
            // then the loop, dropping the thread so the next job on the stack runs.
            while true {
                let bit = pc &* width &+ position
                let mask: UInt64 = 1 << UInt64(bit & 63)
                if visited[bit >> 6] & mask != 0 { break }
                visited[bit >> 6] |= mask

                switch ops[pc] {
                case .word(let id):
                    guard position < count, words[position] == id else { break }
                    pc += 1
                    position += 1
                    continue
                case .any:
                    guard position < count else { break }
                    pc += 1
                    position += 1
                    continue
                case .split(let preferred, let other):
                    guard push(.explore(pc: other, position: position)) else { return false }
                    pc = preferred
                    continue
                case .jump(let target):
                    pc = target
                    continue
                case .open(let slot):
                    guard push(.restore(slot: 2 * slot, value: slots[2 * slot])) else { return false }
                    slots[2 * slot] = position
                    pc += 1
                    continue
                case .close(let slot):
                    guard push(.restore(slot: 2 * slot + 1, value: slots[2 * slot + 1])) else { return false }
                    slots[2 * slot + 1] = position
                    pc += 1
                    continue
                case .match:
                    if position == count {
                        if depth > 0 { _ = jobs[0..<depth].deinitialize() }
                        return true
                    }
                }
                break
            }
        }
        return false
    }
}

/// A variable set by a match: a `{name}` capture, or the reframer's `reframe`/`person`/`action`.
struct Capture: Sendable, Hashable {
    var name: String
    var value: String
}
