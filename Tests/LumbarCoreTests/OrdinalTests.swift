import Testing

@testable import LumbarCore

@Suite struct OrdinalTests {
    @Test func ordinalsAreDeclarationOrder() {
        for (index, muscle) in Muscle.allCases.enumerated() { #expect(muscle.ordinal == index) }
        for (index, phase) in Phase.allCases.enumerated() { #expect(phase.ordinal == index) }
        for (index, item) in Equipment.allCases.enumerated() { #expect(item.ordinal == index) }
        #expect(Muscle.count == Muscle.allCases.count && Phase.count == 5)
    }

    @Test func muscleMasksHoldEveryMuscle() {
        let all = MuscleMask(Muscle.allCases)
        for muscle in Muscle.allCases { #expect(all.contains(muscle)) }
        let one = MuscleMask([.vmo])
        #expect(one.contains(.vmo) && !one.contains(.tfl))
        #expect(one.intersects(all) && !one.intersects(MuscleMask([.tfl])))
    }
}
