/// One `lumbar.assessment/1` document: who the person is, the red-flag screen, their pain, and
/// what the trainer observed. Anything optional that is nil was not assessed; it never means
/// "normal finding".
public struct Assessment: Equatable, Hashable, Sendable {
    public static let schema = "lumbar.assessment/1"

    public var client: ClientInfo
    public var screening: ScreeningAnswers
    public var pain: Pain
    public var lifestyle: Lifestyle
    public var posture: [PostureFinding]?
    public var overheadSquat: [Compensation]?
    public var tests: Tests
    public var preferences: Preferences

    public init(
        client: ClientInfo, screening: ScreeningAnswers = ScreeningAnswers(), pain: Pain,
        lifestyle: Lifestyle = Lifestyle(), posture: [PostureFinding]? = nil, overheadSquat: [Compensation]? = nil,
        tests: Tests = Tests(), preferences: Preferences = Preferences()
    ) {
        self.client = client
        self.screening = screening
        self.pain = pain
        self.lifestyle = lifestyle
        self.posture = posture
        self.overheadSquat = overheadSquat
        self.tests = tests
        self.preferences = preferences
    }

    public struct ClientInfo: Equatable, Hashable, Sendable {
        public var name: String
        public var age: Int?
        public init(name: String, age: Int? = nil) {
            self.name = name
            self.age = age
        }
    }

    public struct ScreeningAnswers: Equatable, Hashable, Sendable {
        public var redFlags: [RedFlag]
        public var medicalClearance: Bool
        public init(redFlags: [RedFlag] = [], medicalClearance: Bool = false) {
            self.redFlags = redFlags
            self.medicalClearance = medicalClearance
        }
    }

    public struct Pain: Equatable, Hashable, Sendable {
        public var now: Int
        public var worstWeek: Int?
        public var belowKnee: Bool?
        public var worseWith: [PainTrigger]
        public var betterWith: [PainTrigger]
        public init(
            now: Int, worstWeek: Int? = nil, belowKnee: Bool? = nil, worseWith: [PainTrigger] = [],
            betterWith: [PainTrigger] = []
        ) {
            self.now = now
            self.worstWeek = worstWeek
            self.belowKnee = belowKnee
            self.worseWith = worseWith
            self.betterWith = betterWith
        }
    }

    public struct Lifestyle: Equatable, Hashable, Sendable {
        public var sittingHours: Double?
        public var activeDaysPerWeek: Int?
        public init(sittingHours: Double? = nil, activeDaysPerWeek: Int? = nil) {
            self.sittingHours = sittingHours
            self.activeDaysPerWeek = activeDaysPerWeek
        }
    }

    /// A test done on each side; either side may be missing (not tested).
    public struct PerSide<Value: Hashable & Sendable>: Equatable, Hashable, Sendable {
        public var left: Value?
        public var right: Value?
        public init(left: Value? = nil, right: Value? = nil) {
            self.left = left
            self.right = right
        }

        /// The sides whose result equals `value`, as a program side (`both` when both do).
        public func sides(where value: Value) -> Side? {
            switch (left == value, right == value) {
            case (true, true): return .both
            case (true, false): return .left
            case (false, true): return .right
            case (false, false): return nil
            }
        }
    }

    public struct Tests: Equatable, Hashable, Sendable {
        public var thomas: PerSide<LengthResult>?
        public var straightLegRaise: PerSide<StraightLegRaiseResult>?
        public var piriformis: PerSide<LengthResult>?
        public var bridge: BridgeResult?
        public var birdDog: BirdDogResult?
        public var sidePlankSeconds: PerSide<Double>?
        public var instability: Bool?
        public init(
            thomas: PerSide<LengthResult>? = nil, straightLegRaise: PerSide<StraightLegRaiseResult>? = nil,
            piriformis: PerSide<LengthResult>? = nil, bridge: BridgeResult? = nil, birdDog: BirdDogResult? = nil,
            sidePlankSeconds: PerSide<Double>? = nil, instability: Bool? = nil
        ) {
            self.thomas = thomas
            self.straightLegRaise = straightLegRaise
            self.piriformis = piriformis
            self.bridge = bridge
            self.birdDog = birdDog
            self.sidePlankSeconds = sidePlankSeconds
            self.instability = instability
        }
    }

    public struct Preferences: Equatable, Hashable, Sendable {
        public var daysPerWeek: Int?
        public var minutesPerSession: Int?
        public var equipment: [Equipment]?
        public init(daysPerWeek: Int? = nil, minutesPerSession: Int? = nil, equipment: [Equipment]? = nil) {
            self.daysPerWeek = daysPerWeek
            self.minutesPerSession = minutesPerSession
            self.equipment = equipment
        }
    }
}

extension Assessment {
    /// Accepted ranges, shared by the parser and the random assessments of the property tests.
    public enum Limits {
        public static let age = 1...120
        public static let pain = 0...10
        public static let sittingHours = 0.0...24.0
        public static let activeDaysPerWeek = 0...7
        public static let daysPerWeek = 1...7
        public static let minutesPerSession = 5...180
        public static let sidePlankSeconds = 0.0...600.0
        public static let nameLength = 200
    }
}
