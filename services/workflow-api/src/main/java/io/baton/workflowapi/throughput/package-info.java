/** How many workflows of each type started, completed and failed per minute, read from the decider's workflow table. */
package io.baton.workflowapi.throughput;
