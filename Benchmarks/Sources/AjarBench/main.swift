import MallocInterposerSwift
MallocInterposerSwift.initialize()
MallocInterposerSwift.hook()
var a: [[Int]] = []
for i in 0..<1000 { a.append([i, i]) }
MallocInterposerSwift.unhook()
let s = MallocInterposerSwift.getStatistics()
print(s.mallocCount, s.mallocBytesCount, a.count)
