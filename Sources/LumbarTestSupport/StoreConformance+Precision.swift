import Foundation
import LumbarStore

// Stores keep dates to at least the millisecond but not necessarily to the bit (REAL seconds,
// integer milliseconds and PostgreSQL microseconds all round differently), so the checks compare
// records after rounding every date to the millisecond.

extension Date {
    /// This instant rounded to the nearest millisecond.
    public var roundedToMilliseconds: Date {
        Date(timeIntervalSince1970: (timeIntervalSince1970 * 1000).rounded() / 1000)
    }
}

extension Optional where Wrapped == Date {
    fileprivate var roundedToMilliseconds: Date? { map(\.roundedToMilliseconds) }
}

/// A record whose dates can be rounded to the millisecond for comparison.
public protocol MillisecondComparable: Equatable {
    /// The same record with every date rounded to the millisecond.
    var ms: Self { get }
}

extension Optional: MillisecondComparable where Wrapped: MillisecondComparable {
    public var ms: Self { map(\.ms) }
}

extension Array: MillisecondComparable where Element: MillisecondComparable {
    public var ms: Self { map(\.ms) }
}

extension TrainerRecord: MillisecondComparable {
    public var ms: Self {
        var copy = self
        copy.createdAt = createdAt.roundedToMilliseconds
        return copy
    }
}

extension AuthTokenRecord: MillisecondComparable {
    public var ms: Self {
        var copy = self
        copy.createdAt = createdAt.roundedToMilliseconds
        copy.expiresAt = expiresAt.roundedToMilliseconds
        copy.revokedAt = revokedAt.roundedToMilliseconds
        return copy
    }
}

extension ClientRecord: MillisecondComparable {
    public var ms: Self {
        var copy = self
        copy.createdAt = createdAt.roundedToMilliseconds
        copy.updatedAt = updatedAt.roundedToMilliseconds
        return copy
    }
}

extension AssessmentRecord: MillisecondComparable {
    public var ms: Self {
        var copy = self
        copy.createdAt = createdAt.roundedToMilliseconds
        return copy
    }
}

extension ClearanceRecord: MillisecondComparable {
    public var ms: Self {
        var copy = self
        copy.createdAt = createdAt.roundedToMilliseconds
        return copy
    }
}

extension ProgramVersionRecord: MillisecondComparable {
    public var ms: Self {
        var copy = self
        copy.createdAt = createdAt.roundedToMilliseconds
        return copy
    }
}

extension SessionLogRecord: MillisecondComparable {
    public var ms: Self {
        var copy = self
        copy.createdAt = createdAt.roundedToMilliseconds
        return copy
    }
}

extension ShareLinkRecord: MillisecondComparable {
    public var ms: Self {
        var copy = self
        copy.createdAt = createdAt.roundedToMilliseconds
        copy.expiresAt = expiresAt.roundedToMilliseconds
        copy.revokedAt = revokedAt.roundedToMilliseconds
        return copy
    }
}

extension SessionSummaryRecord: MillisecondComparable {
    public var ms: Self {
        var copy = self
        copy.createdAt = createdAt.roundedToMilliseconds
        return copy
    }
}

extension ProgramSummaryRecord: MillisecondComparable {
    public var ms: Self {
        var copy = self
        copy.createdAt = createdAt.roundedToMilliseconds
        return copy
    }
}
