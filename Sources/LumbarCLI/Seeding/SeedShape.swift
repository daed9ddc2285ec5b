import LumbarCore

/// What `lumbar seed` makes, from its options: how many trainers, clients and session logs, and
/// the heavy trainer whose dashboard the benchmark reads.
struct SeedShape: Sendable {
    var sessions: Int
    var trainers: Int
    /// Clients of each trainer other than the heavy one.
    var clientsPerTrainer: Int
    /// The heavy trainer's clients that train, each with `weeks` of sessions, three a week.
    var heavyClients: Int
    var weeks: Int
    var seed: UInt64
    /// The day of the newest sessions.
    var endDate: CivilDate

    /// The longest log a client gets: ten years at three sessions a week.
    static let maxSessionsPerClient = 1_560
    static let sessionsPerWeek = 3
    static let heavyEmail = "heavy.trainer@seed.lumbar.test"

    static func email(trainer index: Int) -> String {
        index == 0 ? heavyEmail : "trainer-\(String(index).leftPadded(to: 5))@seed.lumbar.test"
    }
}

/// One client to make.
struct ClientPlan: Sendable {
    enum Kind: Sendable {
        /// Has a program and trains; the review after the last session says whether they are in maintenance.
        case training
        /// Trained for a while, then stopped and was archived.
        case archived
        /// Signed up, not assessed yet.
        case needsAssessment
        /// Screening found refer-level red flags; no program until a clearance.
        case referred
        /// Screening found emergency signs.
        case emergency
    }

    var kind: Kind
    var sessions: Int
    /// Days from the client's last session back from the seed's end date.
    var lastSessionDaysAgo: Int
}

/// One trainer to make, with their clients.
struct TrainerPlan: Sendable {
    var email: String
    var name: String
    var clients: [ClientPlan]
}

/// Every trainer and client a seeding run makes, and the random generator as planning left it, so
/// the run that follows draws the rest of the data from where the plan stopped.
struct SeedPlan: Sendable {
    var shape: SeedShape
    var trainers: [TrainerPlan]
    var rng: SeedRandom
}

extension SeedShape {
    /// The plan of this shape, from `seed`. Throws bad input, naming the option, when the counts
    /// cannot add up; nothing has been written then.
    func plan() throws(CommandFailure) -> SeedPlan {
        var rng = SeedRandom(seed: seed)
        let trainers = try plan(using: &rng)
        return SeedPlan(shape: self, trainers: trainers, rng: rng)
    }

    /// Every trainer and client to make, with each client's number of sessions; the counts add up
    /// to `sessions` exactly.
    private func plan(using rng: inout SeedRandom) throws(CommandFailure) -> [TrainerPlan] {
        var plans: [TrainerPlan] = []
        // The heavy trainer: clients who all train, most of them up to the last days, a few who
        // stopped a month or two ago, plus one of each status that has no sessions.
        let heavyPerClient = weeks * Self.sessionsPerWeek
        let heavyTotal = min(sessions, heavyClients * heavyPerClient)
        var heavy: [ClientPlan] = (0..<heavyClients).map { index in
            ClientPlan(
                kind: .training, sessions: heavyTotal / heavyClients + (index < heavyTotal % heavyClients ? 1 : 0),
                lastSessionDaysAgo: rng.chance(90)
                    ? Int.random(in: 0...2, using: &rng) : Int.random(in: 30...60, using: &rng))
        }
        for kind in [ClientPlan.Kind.needsAssessment, .referred, .emergency] {
            heavy.append(ClientPlan(kind: kind, sessions: 0, lastSessionDaysAgo: 0))
        }
        plans.append(TrainerPlan(email: Self.email(trainer: 0), name: "Harper Heavy", clients: heavy))

        // Everyone else: a realistic mix of statuses, each training client with a share of the
        // remaining sessions that varies from half to one and a half times the average.
        var weights: [(trainer: Int, client: Int, weight: Double)] = []
        for trainer in 1..<trainers {
            var clients: [ClientPlan] = []
            for client in 0..<clientsPerTrainer {
                let roll = Int.random(in: 0..<100, using: &rng)
                let kind: ClientPlan.Kind =
                    roll < 5
                    ? .needsAssessment
                    : roll < 8 ? .referred : roll < 9 ? .emergency : roll < 17 ? .archived : .training
                let daysAgo: Int
                switch kind {
                case .training:
                    daysAgo =
                        rng.chance(85) ? Int.random(in: 0...6, using: &rng) : Int.random(in: 14...120, using: &rng)
                case .archived: daysAgo = Int.random(in: 60...400, using: &rng)
                case .needsAssessment, .referred, .emergency: daysAgo = Int.random(in: 0...30, using: &rng)
                }
                clients.append(ClientPlan(kind: kind, sessions: 0, lastSessionDaysAgo: daysAgo))
                if kind == .training || kind == .archived {
                    weights.append((trainer, client, Double.random(in: 0.5...1.5, using: &rng)))
                }
            }
            plans.append(
                TrainerPlan(
                    email: Self.email(trainer: trainer),
                    name: SeedAssessments.name(using: &rng), clients: clients))
        }

        let remaining = sessions - heavyTotal
        guard remaining > 0 else { return plans }
        guard !weights.isEmpty else {
            throw .badInput([
                "--sessions: \(sessions) is more than the heavy trainer's \(heavyTotal) (--heavy-clients × --weeks × 3) "
                    + "and no other trainer has a client who trains; raise --trainers or --clients"
            ])
        }
        let total = weights.reduce(0) { $0 + $1.weight }
        var assigned = 0
        for item in weights {
            let count = Int(Double(remaining) * item.weight / total)
            plans[item.trainer].clients[item.client].sessions = count
            assigned += count
        }
        // Rounding down left a few over: one more each for the first clients.
        for item in weights.prefix(remaining - assigned) {
            plans[item.trainer].clients[item.client].sessions += 1
        }
        let most = weights.map { plans[$0.trainer].clients[$0.client].sessions }.max() ?? 0
        guard most <= Self.maxSessionsPerClient else {
            throw .badInput([
                "--sessions: \(sessions) would give a client \(most) sessions, more than ten years' worth "
                    + "(\(Self.maxSessionsPerClient)); raise --trainers or --clients"
            ])
        }
        return plans
    }
}

extension String {
    /// The string with zeros in front up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
