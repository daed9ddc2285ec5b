import Foundation
import LumbarCore

/// A trainer account. A person training themselves is their own trainer (and client).
public struct TrainerRecord: Equatable, Sendable {
    public var id: UUID
    public var email: String
    public var name: String
    /// Bcrypt hash; never logged, never returned by the API.
    public var passwordHash: String
    public var createdAt: Date

    public init(id: UUID, email: String, name: String, passwordHash: String, createdAt: Date) {
        self.id = id
        self.email = email
        self.name = name
        self.passwordHash = passwordHash
        self.createdAt = createdAt
    }
}

/// How a token is presented: a bearer token for API clients, a cookie for the browser.
public enum TokenKind: String, Sendable, CaseIterable {
    case bearer, cookie
}

/// A sign-in token. Only its SHA-256 hash is stored, so a database leak reveals no usable token.
public struct AuthTokenRecord: Equatable, Sendable {
    public var tokenHash: String
    public var trainerID: UUID
    public var kind: TokenKind
    public var createdAt: Date
    public var expiresAt: Date
    public var revokedAt: Date?

    public init(
        tokenHash: String, trainerID: UUID, kind: TokenKind, createdAt: Date, expiresAt: Date, revokedAt: Date? = nil
    ) {
        self.tokenHash = tokenHash
        self.trainerID = trainerID
        self.kind = kind
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
    }
}

/// Where a client stands; the dashboard's badge.
public struct ClientRecord: Equatable, Sendable {
    public var id: UUID
    public var trainerID: UUID
    public var name: String
    public var age: Int?
    public var notes: String?
    public var status: ClientStatus
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: UUID, trainerID: UUID, name: String, age: Int?, notes: String?, status: ClientStatus, createdAt: Date,
        updatedAt: Date
    ) {
        self.id = id
        self.trainerID = trainerID
        self.name = name
        self.age = age
        self.notes = notes
        self.status = status
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// Changes to a client; nil leaves a field as it is, `.some(nil)` clears an optional one.
public struct ClientPatch: Equatable, Sendable {
    public var name: String?
    public var age: Int??
    public var notes: String??

    public init(name: String? = nil, age: Int?? = nil, notes: String?? = nil) {
        self.name = name
        self.age = age
        self.notes = notes
    }
}

/// A stored `lumbar.assessment/1` document with its screening decision.
public struct AssessmentRecord: Equatable, Sendable {
    public var id: UUID
    public var trainerID: UUID
    public var clientID: UUID
    /// The document exactly as accepted (canonical JSON from `Assessment.json`).
    public var document: String
    public var decision: Decision
    public var reasons: [String]
    public var createdAt: Date

    public init(
        id: UUID, trainerID: UUID, clientID: UUID, document: String, decision: Decision, reasons: [String],
        createdAt: Date
    ) {
        self.id = id
        self.trainerID = trainerID
        self.clientID = clientID
        self.document = document
        self.decision = decision
        self.reasons = reasons
        self.createdAt = createdAt
    }
}

/// A medical clearance recorded after a referral: who recorded it, when, and their note.
public struct ClearanceRecord: Equatable, Sendable {
    public var id: UUID
    public var trainerID: UUID
    public var clientID: UUID
    public var assessmentID: UUID
    public var note: String
    public var createdAt: Date

    public init(id: UUID, trainerID: UUID, clientID: UUID, assessmentID: UUID, note: String, createdAt: Date) {
        self.id = id
        self.trainerID = trainerID
        self.clientID = clientID
        self.assessmentID = assessmentID
        self.note = note
        self.createdAt = createdAt
    }
}

/// Why a program version exists.
public enum ProgramChange: String, Sendable, CaseIterable {
    case planned, edited, progressed, activated
}

/// One version of a client's program. Every edit or progression adds a version; none is deleted.
public struct ProgramVersionRecord: Equatable, Sendable {
    /// The program's identity, shared by all its versions.
    public var programID: UUID
    public var version: Int
    public var trainerID: UUID
    public var clientID: UUID
    public var assessmentID: UUID?
    /// The `lumbar.program/1` document of this version.
    public var document: String { didSet { daysPerWeek = ProgramColumns.daysPerWeek(document: document) } }
    public var change: ProgramChange
    /// At most one version per client is active.
    public var active: Bool
    public var createdAt: Date
    /// The schedule's days a week, kept in a column of its own so the dashboard reads no document;
    /// nil for a document without one (a damaged one).
    public var daysPerWeek: Int?

    /// A version of a program the caller holds: `daysPerWeek` is its `schedule.daysPerWeek`, so
    /// the store parses nothing to keep it.
    public init(
        programID: UUID, version: Int, trainerID: UUID, clientID: UUID, assessmentID: UUID?, document: String,
        change: ProgramChange, active: Bool, createdAt: Date, daysPerWeek: Int?
    ) {
        self.programID = programID
        self.version = version
        self.trainerID = trainerID
        self.clientID = clientID
        self.assessmentID = assessmentID
        self.document = document
        self.change = change
        self.active = active
        self.createdAt = createdAt
        self.daysPerWeek = daysPerWeek
    }

    /// A version known only as its document (an import, a fixture): `daysPerWeek` is read from it.
    public init(
        programID: UUID, version: Int, trainerID: UUID, clientID: UUID, assessmentID: UUID?, document: String,
        change: ProgramChange, active: Bool, createdAt: Date
    ) {
        self.init(
            programID: programID, version: version, trainerID: trainerID, clientID: clientID,
            assessmentID: assessmentID, document: document, change: change, active: active, createdAt: createdAt,
            daysPerWeek: ProgramColumns.daysPerWeek(document: document))
    }
}

/// One logged session (a `lumbar.sessions/1` entry), tied to the program version it followed.
public struct SessionLogRecord: Equatable, Sendable {
    public var id: UUID
    public var trainerID: UUID
    public var clientID: UUID
    public var programID: UUID?
    public var programVersion: Int?
    /// The day the session was done (stored as `YYYY-MM-DD`, so text order is date order).
    public var date: CivilDate
    /// The session entry as JSON. Setting it recomputes `columns`, so they never disagree.
    public var document: String { didSet { columns = SessionColumns(document: document) } }
    public var createdAt: Date
    /// The share link the client logged it through; nil when the trainer logged it.
    public var shareLinkID: UUID?
    /// The figures kept in columns beside the document, so the history and the dashboard read no
    /// document: computed once, when the record is made, and read back from the columns.
    public var columns: SessionColumns

    /// A session; `columns` are computed from `document` unless the caller already has them (the
    /// session service has just read the entry: `SessionColumns(_:)`).
    public init(
        id: UUID, trainerID: UUID, clientID: UUID, programID: UUID?, programVersion: Int?, date: CivilDate,
        document: String, createdAt: Date, shareLinkID: UUID? = nil, columns: SessionColumns? = nil
    ) {
        self.id = id
        self.trainerID = trainerID
        self.clientID = clientID
        self.programID = programID
        self.programVersion = programVersion
        self.date = date
        self.document = document
        self.createdAt = createdAt
        self.shareLinkID = shareLinkID
        self.columns = columns ?? SessionColumns(document: document)
    }
}

/// A link that lets a client see their current program and log sessions without an account.
/// The token is shown once; only its hash is stored.
public struct ShareLinkRecord: Equatable, Sendable {
    public var id: UUID
    public var trainerID: UUID
    public var clientID: UUID
    public var tokenHash: String
    public var createdAt: Date
    public var expiresAt: Date
    public var revokedAt: Date?

    public init(
        id: UUID, trainerID: UUID, clientID: UUID, tokenHash: String, createdAt: Date, expiresAt: Date,
        revokedAt: Date? = nil
    ) {
        self.id = id
        self.trainerID = trainerID
        self.clientID = clientID
        self.tokenHash = tokenHash
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
    }
}

/// One page of a list and the total number of matching rows.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    public var total: Int

    public init(items: [Item], total: Int) {
        self.items = items
        self.total = total
    }
}

extension Page: Equatable where Item: Equatable {}

/// Filters for a trainer's client list.
public struct ClientQuery: Equatable, Sendable {
    /// Case-insensitive substring of the name.
    public var text: String?
    public var status: ClientStatus?
    /// 1-based.
    public var page: Int
    public var per: Int

    public init(text: String? = nil, status: ClientStatus? = nil, page: Int = 1, per: Int = 50) {
        self.text = text
        self.status = status
        self.page = page
        self.per = per
    }
}
