import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/domain/signal/detector.js';

/**
 * The mechanisms added in the tenth round of issue 20 (English and mixed messages by three kinds of
 * writers: suppliers and commentators, international partners, IT operations), each with a
 * counter-example. All sentences are written for these tests (none is taken from a data set, nor
 * paraphrased from one).
 */
const signals = (text: string, parentText?: string) =>
  detect(text, parentText === undefined ? undefined : { context: { parentText } }).signal;
const codes = (text: string, parentText?: string) =>
  detect(text, parentText === undefined ? undefined : { context: { parentText } }).reasons.map((r) => r.code);

describe('detect: a supplier who offers "our" product to "your" organisation speaks for itself', () => {
  it("a supplier's introduction of its new product, with an offer to meet", () => {
    const text =
      'Dear all, our new noise sensor platform maps nightlife noise per street in real time. Shall I schedule an introduction next week?';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.vendor-pitch');
  });

  it('counter-example: a team of ours that wants the sensors still has a plan', () => {
    const text = 'We want noise sensors in the Oudegracht nightlife area next spring to map the noise per street.';
    expect(signals(text)).toBe(true);
    expect(codes(text)).not.toContain('context.vendor-pitch');
  });
});

describe('detect: wanting to tell someone something is not wanting a system', () => {
  it('"I wanted to let you know" about a product elsewhere', () => {
    const text = 'I wanted to let you know that Eindhoven now uses an AI tool to answer questions about parking fines.';
    expect(signals(text)).toBe(false);
    expect(codes(text)).not.toContain('intent.want');
  });

  it('counter-example: wanting the tool ourselves', () => {
    const text = 'we want an AI tool that answers questions about parking fines on our website';
    expect(signals(text)).toBe(true);
    expect(codes(text)).toContain('intent.want');
  });
});

describe('detect: planning a meeting is not planning a project', () => {
  it('"plan a meeting" schedules, it states no plan', () => {
    expect(codes("I'll plan a meeting with the drone supplier about their last invoice")).not.toContain('intent.plan');
  });

  it('counter-example: planning to fly drones', () => {
    expect(codes('we plan to fly drones over the dikes to inspect them')).toContain('intent.plan');
  });
});

describe('detect: what another party pushes for is their wish, and "we stick to the current setup" declines', () => {
  it('a supplier pushing for a pilot that we decline', () => {
    const text =
      'Meeting with the parking software supplier: they pushed for a pilot with their AI camera module. We stick to the current system for now.';
    expect(signals(text)).toBe(false);
  });

  it('counter-example: a pilot we start ourselves', () => {
    const text =
      'Meeting with the parking software supplier: we will start a pilot with their AI camera module in May.';
    expect(signals(text)).toBe(true);
  });
});

describe('detect: an opinion said to be about no project in particular', () => {
  it('"not about any specific project, just a general frustration"', () => {
    const text =
      'so many predictive tools are just a spreadsheet with a logo, can we stop buying them? not about any specific project, just a general frustration';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.curious');
  });

  it('counter-example: the same complaint with a plan of our own', () => {
    const text =
      'so many predictive tools are just a spreadsheet with a logo. we want to build our own prediction model for the repair backlog instead';
    expect(signals(text)).toBe(true);
  });
});

describe('detect: rolled eyes mark sarcasm', () => {
  it('a sarcastic "just add AI" with 🙄', () => {
    expect(signals('yeah, let us just build an AI for the parking permits, problem solved 🙄')).toBe(false);
  });

  it('counter-example: the same plan with a plain smile', () => {
    expect(signals('we want to build an AI that sorts the parking permit requests 🙂')).toBe(true);
  });
});

describe('detect: the admin rights of an existing system are a helpdesk question', () => {
  it('a short question for admin rights is no proposal', () => {
    expect(signals('admin rights parking camera portal, anyone?')).toBe(false);
    expect(signals('beheerrechten voor het sensorportaal, wie?')).toBe(false);
  });

  it('counter-example: a new sensor portal', () => {
    expect(signals('we want a portal for the new waste container sensors, can Uthiek look at it?')).toBe(true);
  });
});

describe('detect: words in another sense (a car, an idiom, a status update)', () => {
  it("a car's dashboard light", () => {
    expect(signals('dashboard lampje brandt in de dienstauto, garage bellen?')).toBe(false);
  });

  it('"say what you want" wants nothing', () => {
    const text = 'Say what you want about drones, the footage of the Dom tower in that documentary was stunning';
    expect(codes(text)).not.toContain('intent.want');
  });

  it('a status update from a team is no software update', () => {
    const text = 'Quick update from Parking: we are going to test camera cars for permit checks in Lombok next month.';
    expect(signals(text)).toBe(true);
    expect(codes(text)).not.toContain('context.it-ops');
  });

  it('counter-example: a software update is still routine IT', () => {
    const text = 'the parking app gets a software update tonight, nothing changes for users';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.it-ops');
  });
});

describe('detect: domain knowledge (a model that learns, a shared list)', () => {
  it('a model given more data to learn from', () => {
    const text = "let's also add the parking complaints so the model sees more cases";
    expect(signals(text)).toBe(true);
    expect(codes(text)).toContain('tech.model');
  });

  it('counter-example: a model of a building sees nothing', () => {
    expect(signals('the model of the new library is in the hall, have a look')).toBe(false);
  });

  it('a shared list about residents with another organisation', () => {
    const text =
      'We beginnen met een gedeelde lijst met de woningcorporaties: tenants with rent arrears above two months.';
    expect(signals(text)).toBe(true);
    expect(codes(text)).toContain('tech.linking');
  });

  it('counter-example: a shared list of names for the Christmas lunch', () => {
    expect(signals('I made a shared list with the names for the Christmas lunch, add yourself please')).toBe(false);
  });
});

describe('detect: a pronoun asked to do more refers to something named elsewhere', () => {
  it('"could they also …" without a technology of its own is not lifted by the model', () => {
    const text = 'could they also write the first draft of the letter to the tenant?';
    expect(signals(text)).toBe(false);
    expect(codes(text)).not.toContain('model.wording');
  });

  it('counter-example: with a technology of its own it is a proposal', () => {
    expect(signals('could they also put cameras at the entrance of the bike storage?')).toBe(true);
  });
});
