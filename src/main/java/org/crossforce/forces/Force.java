package org.crossforce.forces;

import org.crossforce.shared.ForceCode;

public record Force(ForceCode code, String name) {
}
